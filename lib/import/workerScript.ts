import path from 'node:path';
import fs from 'node:fs';

/** The bundled import thread, built beside the server's own build by scripts/build-worker.mjs. */
export const WORKER_BUNDLE = 'redline-worker.cjs';

/**
 * Where an import thread's code is. The built server runs the bundle in its build folder; the
 * command line and the tests run from the TypeScript sources, through tsx.
 */
export function workerScript(): string | URL {
  if (process.env.NEXT_RUNTIME) {
    const bundle = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next', WORKER_BUNDLE);
    if (!fs.existsSync(bundle)) throw new Error(`The import worker is not built (${WORKER_BUNDLE}): run npm run build.`);
    return bundle;
  }
  // Spelled out at run time, so that the server's bundler leaves the sources' entry alone.
  return new URL(['.', 'worker.mjs'].join('/'), import.meta.url);
}
