// Worker entry when Redline runs from its TypeScript sources (the command line, tests): the
// import code is TypeScript, run through tsx's loader. The built server starts the bundle instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
