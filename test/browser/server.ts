/**
 * A real Redline server for browser tests: the app is built once per source state (shared by every
 * test file and every worker), then each test file starts its own `next start` on a free loopback
 * port with its own empty database.
 *
 *   const server = await startServer();          // in beforeAll
 *   await page.goto(server.url + '/import');
 *   await server.stop();                         // in afterAll
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain script, without type declarations
import { buildWorker } from '../../scripts/bundle.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The test build lives beside the developer's own `.next`, so a test run never disturbs `npm start`. */
export const TEST_DIST_DIR = process.env.REDLINE_TEST_DIST_DIR || '.next-test';
const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');
/** One lock for every test build, whatever its folder: builds also edit tsconfig.json, which they share. */
const LOCK_DIR = path.join(ROOT, 'test', '.tmp', 'build.lock');
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

/**
 * Test files run in worker processes of one vitest run; they share its build even if someone edits
 * a source meanwhile, because rebuilding would pull the files from under the servers already running.
 */
const RUN_STAMP = path.join(ROOT, TEST_DIST_DIR, 'REDLINE_TEST_RUN');
const runId = () => String(process.ppid);

function buildIsFresh(): boolean {
  const id = path.join(ROOT, TEST_DIST_DIR, 'BUILD_ID');
  if (!fs.existsSync(id)) return false;
  if (fs.existsSync(RUN_STAMP) && fs.readFileSync(RUN_STAMP, 'utf-8') === runId()) return true;
  const built = fs.statSync(id).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(ROOT, s)) <= built);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** mkdir is atomic: the first process to create the lock builds, the others wait for it. */
async function withBuildLock<T>(fn: () => T): Promise<T> {
  fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      break;
    } catch {
      // A lock left by a process that died must not block every later run.
      const pid = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), { encoding: 'utf-8', flag: 'a+' }) || 0);
      // A process that died between making the lock and writing its pid leaves no pid: give it a minute.
      const age = Date.now() - (fs.statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if ((pid && !pidAlive(pid)) || (!pid && age > 60_000)) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/**
 * `next build` adds its dist folder's type globs to tsconfig.json. Test builds take them out again
 * (any `.next-*` folder's, so a build that ran beside another leaves no trace either), keeping the
 * shared tsconfig as committed.
 */
function removeTestTypeGlobs() {
  const file = path.join(ROOT, 'tsconfig.json');
  const text = fs.readFileSync(file, 'utf-8');
  const config = JSON.parse(text) as { include?: string[] };
  if (!Array.isArray(config.include)) return;
  const include = config.include.filter((p) => !/^\.next-[^/]+\/(dev\/)?types\/\*\*\/\*\.ts$/.test(p));
  if (include.length === config.include.length) return;
  fs.writeFileSync(file, `${JSON.stringify({ ...config, include }, null, 2)}\n`);
}

/** Builds the app into TEST_DIST_DIR unless this run or a build newer than every source made it already. */
export async function ensureBuilt(): Promise<void> {
  if (buildIsFresh()) return;
  await withBuildLock(() => {
    if (buildIsFresh()) return;
    try {
      const r = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
        cwd: ROOT,
        env: { ...process.env, NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
        encoding: 'utf-8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (r.status !== 0) throw new Error(`next build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
      buildWorker(TEST_DIST_DIR);
      fs.writeFileSync(RUN_STAMP, runId());
    } finally {
      removeTestTypeGlobs();
    }
    // The build is newer than tsconfig.json as it was put back, so the next run can reuse it.
    const now = new Date();
    fs.utimesSync(path.join(ROOT, TEST_DIST_DIR, 'BUILD_ID'), now, now);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface TestServer {
  url: string;
  port: number;
  /** The server's own SQLite file, e.g. for `redline metrics` on the same data. */
  databaseUrl: string;
  /** A temp folder this server's test may use for generated files; removed by stop(). */
  dir: string;
  /** The server process, e.g. for its peak memory. */
  pid: number;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment, e.g. REDLINE_ADMIN_PASSWORD. */
  env?: Record<string, string>;
  /** The server's time zone; not China by default, to prove day keys never use the server's zone. */
  tz?: string;
  /** An existing database file (kept by stop()), e.g. to restart a server on the same data. */
  databaseUrl?: string;
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  await ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-browser-'));
  const databaseUrl = opts.databaseUrl ?? path.join(dir, 'redline.db');
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_DIST_DIR: TEST_DIST_DIR,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      TZ: opts.tz ?? 'America/Los_Angeles',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/`, { redirect: 'manual' });
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`next start did not answer within 60 s:\n${log}`);
      }
      await sleep(200);
    }
  }
  return { url, port, pid: child.pid!, databaseUrl, dir, output: () => log, stop };
}
