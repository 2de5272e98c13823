/**
 * Everyone else keeps working while an import runs: read-only commands never need the write lock,
 * and a write that meets an import's merge waits for it (and says so) instead of failing after the
 * old 5 s busy timeout. Real processes on one SQLite file.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/lib/db/connection';
import { writePddExport } from '../../bench/pddExport';
import { spawnCli } from '../helpers/cli';
import { freshDb, importPath } from '../helpers/db';
import { PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';
import { waitFor, waitForFile } from '../helpers/wait';

let dir: string;
let dbFile: string;

/** Runs the command line to its end; resolves with its exit code and output. */
function cli(args: string[], env: Record<string, string> = {}) {
  const child = spawnCli(args, { DATABASE_URL: dbFile, REDLINE_LANG: 'en', ...env });
  const run = { out: '', err: '', code: null as number | null, done: false };
  child.stdout.on('data', (d) => (run.out += d));
  child.stderr.on('data', (d) => (run.err += d));
  const finished = new Promise<typeof run>((r) =>
    child.once('exit', (code) => {
      run.code = code;
      run.done = true;
      r(run);
    }),
  );
  return { run, finished };
}

beforeAll(async () => {
  dir = tempDir();
  dbFile = path.join(dir, 'r.db');
  const conn = await freshDb(dir, 'r.db');
  const good = csvText([
    PDD_ORDER_HEADER,
    row(PDD_ORDER_HEADER, { 订单号: 'G1', 订单成交时间: '2024-03-01 10:00:00', 订单状态: '已签收' }),
  ]);
  await importPath(conn, writeFile(dir, 'good.csv', good), { shop: '店' });
  await closeConnection(conn);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('while another connection holds the write lock for longer than the old busy timeout', () => {
  it('metrics answers at once, and rules set waits, says so, and is saved', async () => {
    const holder = new BetterSqlite3(dbFile);
    holder.exec('begin immediate');
    try {
      const started = Date.now();
      const metrics = await cli(['metrics', '--shop', '店', '--json']).finished;
      expect(metrics.code).toBe(0);
      expect(JSON.parse(metrics.out).days.at(-1).orders30d).toBe(1);
      // Opening the database wrote nothing: no waiting on the lock.
      expect(metrics.err).not.toContain('waiting');
      expect(Date.now() - started).toBeLessThan(5_000);

      const rules = cli(['rules', 'set', '--shop', '店', '--count', '7', '--json']);
      await waitFor(
        () => rules.run.err.includes('waiting for another import…'),
        20_000,
        'the waiting message',
        () => rules.run.err,
      );
      // Still waiting after many of its 50 ms tries, rather than failed.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(rules.run.done).toBe(false);
      holder.exec('rollback');
      const done = await rules.finished;
      expect(done.code).toBe(0);
    } finally {
      if (holder.inTransaction) holder.exec('rollback');
      holder.close();
    }
    const listed = await cli(['rules', 'list', '--shop', '店', '--json']).finished;
    expect(JSON.parse(listed.out).rules.find((r: { main: boolean }) => r.main).count).toBe(7);
  });
});

describe('while an import holds its merge open', () => {
  it('reads run, a link is made and revoked, and the import then lands as well', async () => {
    const made = await cli(['share', 'create', '--shop', '店', '--json']).finished;
    const oldLink = JSON.parse(made.out).id as string;

    const big = path.join(dir, 'big.csv');
    await writePddExport(big, 20_000);
    const gate = path.join(dir, 'gate');
    const importing = cli(['import', '--shop', '店', big], { REDLINE_TEST_HOLD_MERGE: gate });
    await waitForFile(`${gate}.held`, 60_000, () => importing.run.err);

    const metrics = await cli(['metrics', '--shop', '店', '--json']).finished;
    expect(metrics.code).toBe(0);
    // The merge is not committed: the shop still has its one order.
    expect(JSON.parse(metrics.out).days.at(-1).orders30d).toBe(1);

    const create = cli(['share', 'create', '--shop', '店', '--json']);
    const revoke = cli(['share', 'revoke', '--id', oldLink]);
    await waitFor(
      () => create.run.err.includes('waiting') && revoke.run.err.includes('waiting'),
      20_000,
      'both writes waiting',
      () => create.run.err + revoke.run.err,
    );
    fs.writeFileSync(gate, '');
    const [c, r, i] = await Promise.all([create.finished, revoke.finished, importing.finished]);
    expect([c.code, r.code, i.code]).toEqual([0, 0, 0]);
    expect(i.out).toContain('20,000 new');

    const list = await cli(['share', 'list', '--shop', '店']).finished;
    expect(list.out).toContain(`${JSON.parse(c.out).id}  active`);
    expect(list.out).toContain(`${oldLink}  revoked`);
  });
});

it('a second import waits for the first, and both land', async () => {
  const a = writeFile(
    dir,
    'a.csv',
    csvText([
      PDD_ORDER_HEADER,
      row(PDD_ORDER_HEADER, { 订单号: 'A1', 订单成交时间: '2024-03-02 10:00:00', 订单状态: '已签收' }),
    ]),
  );
  const b = writeFile(
    dir,
    'b.csv',
    csvText([
      PDD_ORDER_HEADER,
      row(PDD_ORDER_HEADER, { 订单号: 'B1', 订单成交时间: '2024-03-03 10:00:00', 订单状态: '已签收' }),
    ]),
  );
  const gate = path.join(dir, 'gate2');
  const first = cli(['import', '--shop', '店', a], { REDLINE_TEST_HOLD_MERGE: gate });
  await waitForFile(`${gate}.held`, 60_000, () => first.run.err);
  const second = cli(['import', '--shop', '店', b]);
  await waitFor(
    () => second.run.err.includes('waiting for another import…'),
    30_000,
    'the second import waiting',
    () => second.run.err,
  );
  fs.writeFileSync(gate, '');
  const [x, y] = await Promise.all([first.finished, second.finished]);
  expect([x.code, y.code]).toEqual([0, 0]);
  const db = new BetterSqlite3(dbFile, { readonly: true });
  expect(db.prepare("select order_no from orders where order_no in ('A1', 'B1') order by 1").pluck().all()).toEqual([
    'A1',
    'B1',
  ]);
  db.close();
});
