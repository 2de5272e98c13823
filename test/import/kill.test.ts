/**
 * An import's one write is its merge: killed while it holds the write lock, with every row already
 * written into the transaction, the import leaves the database exactly as it was. The merge is held
 * open by the test hook (REDLINE_TEST_HOLD_MERGE), so the kill lands there whatever the machine's speed.
 */

import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, it } from 'vitest';
import { closeConnection } from '@/lib/db/connection';
import { writePddExport } from '../../bench/pddExport';
import { spawnCli } from '../helpers/cli';
import { freshDb, importPath, snapshot } from '../helpers/db';
import { PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';
import { waitForFile } from '../helpers/wait';

it('stores nothing from an import killed while it merges', async () => {
  const dir = tempDir();
  const dbFile = path.join(dir, 'r.db');
  let conn = await freshDb(dir, 'r.db');
  const good = csvText([
    PDD_ORDER_HEADER,
    row(PDD_ORDER_HEADER, { 订单号: 'G1', 订单成交时间: '2024-03-01 10:00:00', 订单状态: '已签收' }),
  ]);
  await importPath(conn, writeFile(dir, 'good.csv', good), { shop: '店' });
  const before = snapshot(conn);
  await closeConnection(conn);

  const big = path.join(dir, 'big.csv');
  await writePddExport(big, 50_000);
  const gate = path.join(dir, 'gate');
  const child = spawnCli(['import', '--shop', '店', big], { DATABASE_URL: dbFile, REDLINE_TEST_HOLD_MERGE: gate });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
  await waitForFile(`${gate}.held`, 60_000, () => stderr);
  // Every staged row is in the merge's transaction now, which holds the write lock.
  const other = new BetterSqlite3(dbFile, { timeout: 0 });
  expect(() => other.exec('begin immediate')).toThrow(/locked|busy/i);
  other.close();
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  conn = await freshDb(dir, 'r.db');
  expect(snapshot(conn)).toBe(before);
  expect(conn.raw.prepare('select count(*) n from orders').get()).toEqual({ n: 1 });
  await closeConnection(conn);
});
