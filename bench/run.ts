/**
 * `npm run bench [-- --orders N] [--skip-xlsx] [--skip-server] [--pg]`: the import as a merchant runs it,
 * against the honest floor measured in the same run; with --pg, the command line's import and the
 * report on PostgreSQL too, beside SQLite's (bench/postgres.ts).
 *
 *   floor       a plain `node` process running papaparse's streaming parse of the CSV (64 KB chunks)
 *   command     the whole `npm run -s redline -- import` process, wall time and peak memory
 *   upload      the same file POSTed to a running built server's /api/import, while a reader
 *               requests the share page, a dashboard, home and login over and over
 *   workbook    the same rows as an xlsx: the command line's import, and exceljs's streaming read
 *
 * Targets: command ≤ 2.0× the floor, upload ≤ 2.5×, peak ≤ 256 MB for the CSV, ≤ 512 MB for the xlsx,
 * the write lock held ≤ 2 s, reads during the upload p95 < 1 s and never a 5xx.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writePddExport } from './pddExport';
import { writePddXlsx } from './pddXlsx';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '1000000' },
    'skip-xlsx': { type: 'boolean', default: false },
    'skip-server': { type: 'boolean', default: false },
    'skip-report': { type: 'boolean', default: false },
    pg: { type: 'boolean', default: false },
  },
});
const orders = Number(values.orders);
const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, 'bench', '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const csv = path.join(tmp, `pdd-orders-v2-${orders}.csv`);
const xlsx = path.join(tmp, `pdd-orders-v2-${orders}.xlsx`);
const db = path.join(tmp, 'bench.db');
const fresh = () => {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
};
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

if (!fs.existsSync(csv)) {
  process.stdout.write(
    `Generating a PDD order export of ${orders.toLocaleString('en')} orders (shuffled, quoted, tab-prefixed IDs)… `,
  );
  await writePddExport(csv, orders);
  console.log('done');
}
console.log(`CSV: ${orders.toLocaleString('en')} orders, ${mb(fs.statSync(csv).size)}`);

/** Runs a command to its end under GNU time: wall time, and the peak memory of its largest process. */
function timed(cmd: string, args: string[], env: Record<string, string> = {}) {
  if (!fs.existsSync('/usr/bin/time'))
    throw new Error('the bench needs GNU time (apt-get install time) to read peak memory');
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd: root,
    encoding: 'utf-8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  const peakKB = Number(r.stderr.trim().split('\n').pop());
  return { ms, peakMB: peakKB / 1024, stdout: r.stdout };
}

const floor = (file: string) => {
  const t = timed(process.execPath, [path.join(root, 'bench', 'floor.mjs'), file]);
  return { ...JSON.parse(t.stdout.trim()), wallMs: t.ms, peakMB: t.peakMB } as {
    ms: number;
    rows: number;
    wallMs: number;
    peakMB: number;
  };
};
const cliImport = (file: string, shop: string, url = db) => {
  const t = timed('npm', ['run', '-s', 'redline', '--', 'import', '--json', '--shop', shop, file], {
    DATABASE_URL: url,
  });
  const summary = JSON.parse(t.stdout.trim().split('\n').pop()!) as {
    outcome: string;
    rowsRead: number;
    rowsNew: number;
    rowsUpdated: number;
    writeLockMs: number;
  };
  if (summary.outcome !== 'imported') throw new Error(`import refused: ${t.stdout}`);
  return { ...t, summary };
};

const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};

// The command line rebuilds its bundles after a source changed: once, not in every merchant's import.
{
  const warm = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const b = await import('./scripts/bundle.mjs'); b.freshBundle('lib/cli.ts', 'cli.cjs'); b.freshBundle('lib/import/worker.ts', 'redline-worker.cjs');",
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (warm.status !== 0) throw new Error('building the command line bundles failed');
}

// 1. The floor and the command line, one after the other in this run.
const bare = floor(csv);
fresh();
const first = cliImport(csv, 'bench');
// The same rows again in another file (the very same bytes are refused at once as already imported).
const csvAgain = csv.replace(/\.csv$/, '-again.csv');
fs.copyFileSync(csv, csvAgain);
fs.appendFileSync(csvAgain, '\r\n');
const again = cliImport(csvAgain, 'bench');
// The same two imports on PostgreSQL (the lock there is the import lock; readers never wait for it).
const { benchDatabase, copyMetricsShop } = await import('./postgres');
const pg = values.pg ? await benchDatabase() : null;
const pgRuns = pg ? [cliImport(csv, 'bench', pg.url), cliImport(csvAgain, 'bench', pg.url)] : [];
fs.rmSync(csvAgain, { force: true });
const ratio = first.ms / bare.wallMs;
say('');
say(
  `bare papaparse parse (plain node)   ${s(bare.wallMs)}  peak ${mb(bare.peakMB * 1024 * 1024)}  (${bare.rows.toLocaleString('en')} rows)`,
);
say(
  `command line import, new shop      ${s(first.ms)}  peak ${mb(first.peakMB * 1024 * 1024)}  = ${ratio.toFixed(2)}× the floor (target ≤ 2.0×: ${verdict(ratio <= 2)}); write lock ${first.summary.writeLockMs} ms`,
);
say(
  `command line import, same file     ${s(again.ms)}  peak ${mb(again.peakMB * 1024 * 1024)}  = ${(again.ms / bare.wallMs).toFixed(2)}× (the same rows again: nothing to change); write lock ${again.summary.writeLockMs} ms`,
);
for (const [i, r] of pgRuns.entries())
  say(
    `  on PostgreSQL, ${i ? 'same file ' : 'new shop  '}      ${s(r.ms)}  peak ${mb(r.peakMB * 1024 * 1024)}  = ${(r.ms / bare.wallMs).toFixed(2)}× the floor; import lock ${r.summary.writeLockMs} ms`,
  );
say(`CSV peak memory                    ${verdict(Math.max(first.peakMB, again.peakMB) <= 256)} (target ≤ 256 MB)`);
say(
  `write lock held at most            ${Math.max(first.summary.writeLockMs, again.summary.writeLockMs)} ms (target ≤ 2,000 ms: ${verdict(Math.max(first.summary.writeLockMs, again.summary.writeLockMs) <= 2000)})`,
);

// 2. The upload through a running server, with a reader hammering the other pages meanwhile.
if (!values['skip-server']) {
  const { startServer } = await import('../test/browser/server');
  const server = await startServer();
  try {
    const small = path.join(server.dir, 'seed.csv');
    await writePddExport(small, 1000);
    // The first upload names a new shop; later ones address it by id, as the import page does.
    const post = (file: string, name: string, shop: string) =>
      new Promise<{ ms: number; summary: { outcome: string; rowsRead: number; writeLockMs: number; shopId: number } }>(
        (resolve, reject) => {
          const size = fs.statSync(file).size;
          const started = performance.now();
          const req = http.request(`${server.url}/api/import?name=${encodeURIComponent(name)}&${shop}&size=${size}`, {
            method: 'POST',
            headers: { 'content-length': String(size), 'content-type': 'text/csv' },
          });
          req.on('response', (res) => {
            let body = '';
            res.on('data', (d) => (body += d));
            res.on('end', () => resolve({ ms: performance.now() - started, summary: JSON.parse(body).summary }));
          });
          req.on('error', reject);
          fs.createReadStream(file, { highWaterMark: 1 << 16 }).pipe(req);
        },
      );
    const seeded = await post(small, 'seed.csv', 'newShop=bench');
    if (!seeded.summary) throw new Error('seeding the bench shop through /api/import failed');
    const link = (await (
      await fetch(`${server.url}/api/shares`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ shopId: seeded.summary.shopId, days: 30 }),
      })
    ).json()) as { url: string };
    const pages = ['/', `/shops/${seeded.summary.shopId}`, new URL(link.url).pathname, '/login'];
    const idleRss = rssOf(server.pid);
    const latencies: number[] = [];
    let failures = 0;
    let reading = true;
    const reader = (async () => {
      for (let i = 0; reading; i++) {
        const t = performance.now();
        const res = await fetch(server.url + pages[i % pages.length], { redirect: 'manual' });
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (res.status >= 500) failures++;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const up = await post(csv, path.basename(csv), `shop=${seeded.summary.shopId}`);
    reading = false;
    await reader;
    if (up.summary.outcome !== 'imported') throw new Error('upload refused');
    const upRatio = up.ms / bare.wallMs;
    say(
      `upload to a running server         ${s(up.ms)}  = ${upRatio.toFixed(2)}× the floor (target ≤ 2.5×: ${verdict(upRatio <= 2.5)}); write lock ${up.summary.writeLockMs} ms; server peak ${mb(hwmOf(server.pid))} (idle ${mb(idleRss)})`,
    );
    say(
      `reads during the upload            ${latencies.length} requests to ${pages.length} pages: p50 ${pct(latencies, 50).toFixed(0)} ms, p95 ${pct(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms, ${failures} 5xx (target p95 < 1 s, no 5xx: ${verdict(pct(latencies, 95) < 1000 && failures === 0)})`,
    );
  } finally {
    await server.stop();
  }
}

// 3. The same rows as a workbook.
if (!values['skip-xlsx']) {
  if (!fs.existsSync(xlsx)) {
    process.stdout.write('Generating the same rows as an xlsx… ');
    await writePddXlsx(xlsx, orders);
    console.log('done');
  }
  fresh();
  const book = cliImport(xlsx, 'bench-xlsx');
  const exceljs = timed(process.execPath, [path.join(root, 'bench', 'exceljsFloor.mjs'), xlsx]);
  const exceljsMs = JSON.parse(exceljs.stdout.trim()).ms as number;
  say(
    `workbook (${mb(fs.statSync(xlsx).size)}), command line import ${s(book.ms)}  peak ${mb(book.peakMB * 1024 * 1024)} (target ≤ 512 MB: ${verdict(book.peakMB <= 512)}) = ${(book.ms / bare.wallMs).toFixed(2)}× the CSV floor; write lock ${book.summary.writeLockMs} ms`,
  );
  say(
    `  exceljs streaming read of the same workbook (rows only)  ${s(exceljs.ms)}  peak ${mb(exceljs.peakMB * 1024 * 1024)}; its parse alone ${s(exceljsMs)}`,
  );
}

// 4. Reports on a shop of 1,000,000 orders over a year.
if (!values['skip-report']) {
  const { benchMetrics } = await import('./metrics');
  const m = await benchMetrics(db);
  say(
    `shop report, 1 year                p50 ${m.p50Ms.toFixed(1)} ms  p95 ${m.p95Ms.toFixed(1)} ms (figures only: p50 ${m.figuresP50Ms.toFixed(1)} ms; bare read of the daily rows ${m.baselineP50Ms.toFixed(2)} ms)`,
  );
  if (pg) {
    const copy = await copyMetricsShop(db, pg.url);
    const p = await benchMetrics(pg.url);
    say(
      `  on PostgreSQL                    p50 ${p.p50Ms.toFixed(1)} ms  p95 ${p.p95Ms.toFixed(1)} ms (figures only: p50 ${p.figuresP50Ms.toFixed(1)} ms; bare read of the daily rows ${p.baselineP50Ms.toFixed(2)} ms)`,
    );
    say(`  the shop moved there by db copy  ${s(copy.ms)} (${copy.orders.toLocaleString('en')} orders)`);
  }
}
await pg?.drop();
fresh();

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf-8'));
  return m ? Number(m[1]) * 1024 : 0;
}
function hwmOf(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf-8'));
  return m ? Number(m[1]) * 1024 : 0;
}
