/** A killed import leaves the database exactly as it was: one transaction per file. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { writePddExport } from '../../bench/pddExport';
import { closeConnection } from '@/lib/db/connection';
import { freshDb, importPath, snapshot } from '../helpers/db';
import { spawnCli } from '../helpers/cli';
import { PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

it('stores nothing from an import killed midway', async () => {
  const dir = tempDir();
  const dbFile = path.join(dir, 'r.db');
  let conn = await freshDb(dir, 'r.db');
  const good = csvText([PDD_ORDER_HEADER, row(PDD_ORDER_HEADER, { 订单号: 'G1', 订单成交时间: '2024-03-01 10:00:00', 订单状态: '已签收' })]);
  await importPath(conn, writeFile(dir, 'good.csv', good), { shop: '店' });
  const before = snapshot(conn);
  await closeConnection(conn);

  const big = path.join(dir, 'big.csv');
  await writePddExport(big, 300_000);
  const child = spawnCli(['import', '--shop', '店', '--progress', big], { DATABASE_URL: dbFile });
  let stderr = '';
  const killedAt = await new Promise<number>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      // Kill once rows are being written inside the import's transaction (the WAL file grows),
      // long before the end of the file.
      const m = /progress .*: reading \d+\/\d+ bytes, (\d+) rows/.exec(stderr.split('\n').slice(-2).join('\n'));
      const wal = fs.existsSync(dbFile + '-wal') ? fs.statSync(dbFile + '-wal').size : 0;
      if (m && Number(m[1]) > 5_000 && Number(m[1]) < 100_000 && wal > 100_000 && child.exitCode === null) {
        child.kill('SIGKILL');
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`import ended by itself (${code}) before it could be killed:\n${stderr}`));
    });
  });
  await new Promise((r) => child.once('exit', r));
  expect(killedAt).toBeGreaterThan(5_000);

  conn = await freshDb(dir, 'r.db');
  expect(snapshot(conn)).toBe(before);
  expect(conn.raw.prepare('select count(*) n from orders').get()).toEqual({ n: 1 });
  await closeConnection(conn);
});
