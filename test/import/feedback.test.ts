/**
 * What an import tells the merchant: a file of which no row could be imported is a failure, not a
 * success; a file refused before its platform was known is still in its shop's history.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { freshDb, importPath } from '../helpers/db';
import { PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

let dir: string;
let conn: Connection;
beforeAll(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
  const good = csvText([
    PDD_ORDER_HEADER,
    row(PDD_ORDER_HEADER, { 订单号: 'G1', 订单成交时间: '2024-03-01 10:00:00', 订单状态: '已签收' }),
  ]);
  expect((await importPath(conn, writeFile(dir, 'good.csv', good), { shop: '店' })).outcome).toBe('imported');
});
afterAll(async () => {
  await closeConnection(conn);
});

const history = () =>
  conn.raw
    .prepare(
      "select i.file_name, i.outcome, i.message_code from imports i join shops s on s.id = i.shop_id where s.name = '店' order by i.id",
    )
    .all();

it('refuses a file none of whose rows can be imported, with the rows’ errors, and stores nothing', async () => {
  const bad = csvText([
    PDD_ORDER_HEADER,
    row(PDD_ORDER_HEADER, { 订单号: 'B1', 订单成交时间: '昨天下午', 订单状态: '已签收' }),
    row(PDD_ORDER_HEADER, { 订单号: '', 订单成交时间: '2024-03-02 10:00:00', 订单状态: '已签收' }),
  ]);
  const s = await importPath(conn, writeFile(dir, 'all-bad.csv', bad), { shop: '店' });
  expect(s).toMatchObject({ outcome: 'rejected', rowsRead: 2, rowsSkipped: 2, errorCount: 2 });
  expect(s.message).toEqual({ code: 'file.no_row_imported', params: { file: 'all-bad.csv', rows: 2 } });
  expect(s.errors.map((e) => e.line)).toEqual([2, 3]);
  expect(conn.raw.prepare('select count(*) as n from orders').get()).toEqual({ n: 1 });
});

it('puts a file refused before its platform was known into the history of the shop it was meant for', async () => {
  await importPath(conn, writeFile(dir, 'noise.csv', crypto.randomBytes(2048)), { shop: '店' });
  expect(history()).toEqual([
    { file_name: 'good.csv', outcome: 'imported', message_code: null },
    { file_name: 'all-bad.csv', outcome: 'rejected', message_code: 'file.no_row_imported' },
    { file_name: 'noise.csv', outcome: 'rejected', message_code: 'file.not_csv_or_xlsx' },
  ]);
});

it('reports its phases in order, the merge included, and the rows read by the time it is done', async () => {
  const file = csvText([
    PDD_ORDER_HEADER,
    row(PDD_ORDER_HEADER, { 订单号: 'P1', 订单成交时间: '2024-03-03 10:00:00', 订单状态: '已签收' }),
    row(PDD_ORDER_HEADER, { 订单号: 'P2', 订单成交时间: '2024-03-04 10:00:00', 订单状态: '已签收' }),
  ]);
  const phases: string[] = [];
  let last = { rowsRead: -1 };
  const s = await importPath(conn, writeFile(dir, 'phases.csv', file), {
    shop: '店',
    onProgress: (p) => {
      if (phases.at(-1) !== p.phase) phases.push(p.phase);
      last = p;
    },
  });
  expect(s.outcome).toBe('imported');
  expect(phases).toEqual(['reading', 'merging', 'done']);
  expect(last.rowsRead).toBe(2);
});
