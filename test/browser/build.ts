/**
 * The app built for tests into its own folder (TEST_DIST_DIR), beside the developer's `.next`, so a
 * test run never disturbs `npm start`. Vitest builds it once per run in its global setup
 * (test/globalSetup.ts), before any test file starts a server; a build newer than every source is
 * reused.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain script, without type declarations
import { buildWorker } from '../../scripts/bundle.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEST_DIST_DIR = process.env.REDLINE_TEST_DIST_DIR || '.next-test';
export const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');

/**
 * `next build` adds its folder's type globs to the tsconfig it is given. A test build is given this
 * one (ignored by git, extending the real one) so that tsconfig.json stays as committed.
 */
const TEST_TSCONFIG = path.join('test', '.tmp', 'tsconfig.next-test.json');

/** Whatever changes what `next build` produces. */
const SOURCES = [
  'app',
  'lib',
  'public',
  'proxy.ts',
  'middleware.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, e.name)));
  }
  return newest;
}

function buildIsFresh(): boolean {
  const id = path.join(ROOT, TEST_DIST_DIR, 'BUILD_ID');
  if (!fs.existsSync(id) || !fs.existsSync(path.join(ROOT, TEST_DIST_DIR, 'redline-worker.cjs'))) return false;
  const built = fs.statSync(id).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(ROOT, s)) <= built);
}

/**
 * Builds the app into TEST_DIST_DIR unless a build newer than every source is there. Types are not
 * checked here: `npm run typecheck` does that, and the build would only do it again.
 */
export function ensureBuilt(): void {
  if (buildIsFresh()) return;
  fs.mkdirSync(path.join(ROOT, path.dirname(TEST_TSCONFIG)), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, TEST_TSCONFIG),
    `${JSON.stringify({ extends: path.relative(path.join(ROOT, path.dirname(TEST_TSCONFIG)), path.join(ROOT, 'tsconfig.json')) })}\n`,
  );
  const started = Date.now();
  const r = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_DIST_DIR: TEST_DIST_DIR,
      REDLINE_BUILD_TSCONFIG: TEST_TSCONFIG,
      REDLINE_BUILD_SKIP_TYPECHECK: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    },
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  buildWorker(TEST_DIST_DIR);
  process.stdout.write(`test build into ${TEST_DIST_DIR}: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
