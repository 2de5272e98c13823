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

function run(args: string[]) {
  const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'child.ts'), ...args], { cwd: root, encoding: 'utf-8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const parse = run(['parse', file]);
for (const f of [db, db + '-wal', db + '-shm']) fs.rmSync(f, { force: true });
const imp = run(['import', file, db]);

const ratio = imp.ms / parse.ms;
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');
console.log('');
console.log(`bare papaparse parse  ${(parse.ms / 1000).toFixed(2)} s  ${rate(parse.rows, parse.ms)} rows/s  peak ${parse.maxRssMB.toFixed(0)} MB`);
console.log(`redline import        ${(imp.ms / 1000).toFixed(2)} s  ${rate(imp.rows, imp.ms)} rows/s  peak ${imp.maxRssMB.toFixed(0)} MB  (${imp.stored.toLocaleString('en')} orders stored)`);
console.log(`import / bare parse   ${ratio.toFixed(2)}×   (target ≤ 2×: ${ratio <= 2 ? 'met' : 'MISSED'})`);
console.log(`import peak memory    ${imp.maxRssMB.toFixed(0)} MB (target ≤ 256 MB: ${imp.maxRssMB <= 256 ? 'met' : 'MISSED'})`);

// Dashboards read the daily aggregates: time them on the shop just imported.
try {
  const { benchMetrics } = await import('./metrics');
  const m = await benchMetrics(db);
  console.log(`shop report, 1 year   p50 ${m.p50Ms.toFixed(2)} ms  p95 ${m.p95Ms.toFixed(2)} ms`);
} catch (e) {
  console.log(`shop report bench unavailable: ${(e as Error).message}`);
}
if (!values.keep) for (const f of [db, db + '-wal', db + '-shm']) fs.rmSync(f, { force: true });
