/**
 * `npm run bench [-- --orders N]`: import speed and memory against a bare papaparse parse of
 * the same file, measured in the same run, each in its own process.
 * Targets: import ≤ 2× the bare parse, peak memory ≤ 256 MB.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writePddExport } from './pddExport';

const { values } = parseArgs({ options: { orders: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false } } });
const orders = Number(values.orders);
const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, 'bench', '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const file = path.join(tmp, `pdd-orders-${orders}.csv`);
const db = path.join(tmp, 'bench.db');

const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
if (!fs.existsSync(file)) {
  process.stdout.write(`Generating a PDD order export of ${orders.toLocaleString('en')} orders… `);
  await writePddExport(file, orders);
  console.log('done');
}
const size = fs.statSync(file).size;
console.log(`File: ${orders.toLocaleString('en')} orders, ${mb(size)} MB`);

function run(args: string[], env: Record<string, string> = {}) {
  const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'child.ts'), ...args], {
    cwd: root,
    encoding: 'utf-8',
    maxBuffer: 1 << 24,
    env: { ...process.env, ...env },
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const parse = run(['parse', file]);
const fresh = () => {
  for (const f of [db, db + '-wal', db + '-shm']) fs.rmSync(f, { force: true });
};
// The upload page imports in the server's own thread; the command line parses in a worker.
fresh();
const inThread = run(['import', file, db], { BENCH_IN_THREAD: '1' });
fresh();
const imp = run(['import', file, db]);

const ratio = imp.ms / parse.ms;
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');
console.log('');
console.log(`bare papaparse parse  ${(parse.ms / 1000).toFixed(2)} s  ${rate(parse.rows, parse.ms)} rows/s  peak ${parse.maxRssMB.toFixed(0)} MB`);
console.log(`redline import        ${(imp.ms / 1000).toFixed(2)} s  ${rate(imp.rows, imp.ms)} rows/s  peak ${imp.maxRssMB.toFixed(0)} MB  (${imp.stored.toLocaleString('en')} orders stored; parsing in a worker, as the command line does)`);
console.log(`  in one thread         ${(inThread.ms / 1000).toFixed(2)} s  ${rate(inThread.rows, inThread.ms)} rows/s  peak ${inThread.maxRssMB.toFixed(0)} MB  (as the upload page does)`);
console.log(`import / bare parse   ${ratio.toFixed(2)}×   (target ≤ 2×: ${ratio <= 2 ? 'met' : 'MISSED'})`);
console.log(`import peak memory    ${imp.maxRssMB.toFixed(0)} MB (target ≤ 256 MB: ${imp.maxRssMB <= 256 ? 'met' : 'MISSED'})`);

// Dashboards read the daily aggregates: time them on a shop of 1,000,000 orders and a year of days.
const pct = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const { benchMetrics } = await import('./metrics');
const m = await benchMetrics(db);
console.log('');
console.log(`shop report, 1 year   p50 ${m.p50Ms.toFixed(1)} ms  p95 ${m.p95Ms.toFixed(1)} ms  (figures only: p50 ${m.figuresP50Ms.toFixed(1)} ms, p95 ${m.figuresP95Ms.toFixed(1)} ms; bare read of the daily rows ${m.baselineP50Ms.toFixed(2)} ms)`);

const { openConnection, closeConnection } = await import('../lib/db/connection');
const { findShopByName } = await import('../lib/db/queries/shops');
const { latestDay } = await import('../lib/db/queries/dailySeries');
const { addDays } = await import('../lib/time/china');
const { loadDashboard } = await import('../app/_lib/dashboardData');
const conn = await openConnection(db);
const shop = (await findShopByName(conn.db, 'bench-metrics'))!;
const last = (await latestDay(conn.db, shop.id))!;
const dash: number[] = [];
for (let i = 0; i < 100; i++) {
  const t = performance.now();
  await loadDashboard(conn.db, shop.name, { from: addDays(last, -364), to: last });
  dash.push(performance.now() - t);
}
await closeConnection(conn);
console.log(`dashboard data, 1 year p50 ${pct(dash, 50).toFixed(1)} ms  p95 ${pct(dash, 95).toFixed(1)} ms  (target p95 < 50 ms: ${pct(dash, 95) < 50 ? 'met' : 'MISSED'})`);

// The dashboard page as the server renders it, on the same database.
const { startServer } = await import('../test/browser/server');
const server = await startServer({ env: { DATABASE_URL: db } });
try {
  const url = `${server.url}/shops/${shop.id}?days=365`;
  for (let i = 0; i < 3; i++) await (await fetch(url)).text();
  const page: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const res = await fetch(url);
    await res.text();
    if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
    page.push(performance.now() - t);
  }
  console.log(`dashboard page render  p50 ${pct(page, 50).toFixed(0)} ms  p95 ${pct(page, 95).toFixed(0)} ms  (server render of /shops/:id for 365 days, whole HTML)`);
} finally {
  await server.stop();
}
if (!values.keep) fresh();
