/**
 * A real Redline server for browser tests: each test file starts its own `next start` on a free
 * loopback port with its own empty database, from the build Vitest's global setup made (build.ts).
 *
 *   const server = await startServer();          // in beforeAll
 *   await page.goto(server.url + '/import');
 *   await server.stop();                         // in afterAll
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, NEXT_BIN, ROOT, TEST_DIST_DIR } from './build';

export { ROOT, TEST_DIST_DIR };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
  /** An existing database file (kept by stop()), e.g. to restart a server on the same data; or a postgres:// URL, e.g. for two servers on one database. */
  databaseUrl?: string;
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  // Under Vitest the global setup built the app for the whole run; the benchmark builds it here.
  if (!process.env.REDLINE_TEST_BUILT) ensureBuilt();
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
