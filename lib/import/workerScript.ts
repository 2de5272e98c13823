import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled import threads (scripts/bundle.mjs). */
const WORKER_BUNDLE = 'redline-worker.cjs';

let known: string | null = null;

/**
 * Where an import thread's code is: always a bundle, which starts in milliseconds (a thread run
 * through a TypeScript loader took seconds). The built server runs the one in its build folder;
 * the command line and the tests use one in node_modules/.cache, rebuilt when a source is newer.
 */
export function workerScript(): string {
  if (known) return known;
  // The command line's launcher has just checked it (scripts/redline.mjs).
  known = locateWorkerScript();
  return known;
}

function locateWorkerScript(): string {
  if (process.env.REDLINE_WORKER_BUNDLE) return process.env.REDLINE_WORKER_BUNDLE;
  if (process.env.NEXT_RUNTIME) {
    const bundle = path.join(
      /*turbopackIgnore: true*/ process.cwd(),
      process.env.NEXT_DIST_DIR || '.next',
      WORKER_BUNDLE,
    );
    if (!fs.existsSync(bundle))
      throw new Error(`The import worker is not built (${WORKER_BUNDLE}): run npm run build.`);
    return bundle;
  }
  const root = process.env.REDLINE_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const script = `import('./scripts/bundle.mjs').then((b) => process.stdout.write(b.freshBundle('lib/import/worker.ts', '${WORKER_BUNDLE}')))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf-8' });
  if (r.status !== 0) throw new Error(`building the import worker failed:\n${r.stderr}`);
  return r.stdout.trim();
}
