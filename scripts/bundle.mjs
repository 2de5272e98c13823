// Bundles Redline's TypeScript entry points into plain scripts that node starts in milliseconds:
// the import threads (lib/import/worker.ts) and the command line (lib/cli.ts). Nothing at run time
// needs a TypeScript loader.
//   node scripts/bundle.mjs worker [OUTFILE]   the import threads; OUTFILE defaults to the build folder
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WORKER_BUNDLE = 'redline-worker.cjs';
const CACHE = path.join(root, 'node_modules', '.cache', 'redline');

export function bundle(entry, outfile) {
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  // Built beside, then renamed: a process starting it never sees half a file.
  const partial = `${outfile}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [path.join(root, entry)],
    outfile: partial,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // The native SQLite binding is loaded from node_modules at run time.
    external: ['better-sqlite3'],
    // `import 'server-only'` keeps server modules out of browser bundles (Next resolves it); the
    // command line and the import threads are the server side: the same empty module Next uses.
    alias: { 'server-only': path.join(root, 'node_modules', 'next', 'dist', 'compiled', 'server-only', 'empty.js') },
    // Sources find the repository through import.meta.url; a bundle is told it (REDLINE_ROOT).
    logOverride: { 'empty-import-meta': 'silent' },
    logLevel: 'warning',
  });
  fs.renameSync(partial, outfile);
  return outfile;
}

/** The import threads beside a server build. */
export function buildWorker(
  distDir = process.env.NEXT_DIST_DIR || '.next',
  outfile = path.join(root, distDir, WORKER_BUNDLE),
) {
  return bundle(path.join('lib', 'import', 'worker.ts'), outfile);
}

function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let n = 0;
  for (const e of fs.readdirSync(p)) n = Math.max(n, newest(path.join(p, e)));
  return n;
}

/** A bundle in node_modules/.cache, rebuilt when a source (or the lock file) is newer. */
export function freshBundle(entry, name) {
  const out = path.join(CACHE, name);
  const built = fs.existsSync(out) ? fs.statSync(out).mtimeMs : 0;
  if (built < Math.max(newest(path.join(root, 'lib')), newest(path.join(root, 'package-lock.json'))))
    bundle(entry, out);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [what, out] = process.argv.slice(2);
  if (what !== 'worker') throw new Error('usage: node scripts/bundle.mjs worker [OUTFILE]');
  if (out) bundle(path.join('lib', 'import', 'worker.ts'), path.resolve(out));
  else buildWorker();
}
