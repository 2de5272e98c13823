// Worker entry: the reading code is TypeScript, run through tsx's loader like the command line.
import { register } from 'tsx/esm/api';

register();
await import('./readWorker.ts');
