#!/usr/bin/env node
// Bundles the import threads (lib/import/worker.ts) into the build folder, beside the server's own
// build: the built server starts them from there. Run by `npm run build` and `npm start`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function buildWorker(distDir = process.env.NEXT_DIST_DIR || '.next') {
  buildSync({
    entryPoints: [path.join(root, 'lib', 'import', 'worker.ts')],
    outfile: path.join(root, distDir, 'redline-worker.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // The native SQLite binding is loaded from node_modules at run time.
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildWorker();
