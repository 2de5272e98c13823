/**
 * Merchants export overlapping ranges again and again: importing must be idempotent, every row read
 * accounted for, and a new shop new.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { combinedSummary, importFiles } from '@/lib/import/importFiles';
import { fileInput } from '@/lib/import/pipeline';
import { freshDb, importPath, reportOf } from '../helpers/db';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';
import { storedZip } from '../helpers/zip';

let dir: string;
let conn: Connection;
beforeEach(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterEach(async () => {
  await closeConnection(conn);
});

const orders = (name: string, days: number[], status = '已签收') =>
  writeFile(
    dir,
    name,
    csvText([
      PDD_ORDER_HEADER,
      ...days.map((d) =>
        row(PDD_ORDER_HEADER, {
          订单号: `O${d}`,
          订单成交时间: `2024-05-${String(d).padStart(2, '0')} 12:00:00`,
          订单状态: status,
        }),
      ),
    ]),
  );
const cases = (name: string, list: [string, string, string, string][]) =>
  writeFile(
    dir,
    name,
    csvText([
      PDD_AFTER_SALES_HEADER,
      ...list.map(([no, order, day, status]) =>
        row(PDD_AFTER_SALES_HEADER, {
          售后编号: no,
          订单编号: order,
          申请时间: `2024-05-${day} 09:00:00`,
          售后状态: status,
        }),
      ),
    ]),
  );
const figures = async (from = '2024-05-01', to = '2024-05-31') => (await reportOf(conn, 'S', { from, to })).days;

it('changes nothing when the same file is imported twice', async () => {
  const file = orders('o.csv', [1, 2, 3, 4, 5]);
  const first = await importPath(conn, file, { shop: 'S' });
  expect(first).toMatchObject({ rowsNew: 5, rowsUpdated: 0 });
  const once = await figures();
  // The very same bytes again: refused as already imported, naming when, and nothing is written.
  const same = await importPath(conn, file, { shop: 'S' });
  // It names the shop it is in, so the page can still offer that shop's dashboard.
  expect(same).toMatchObject({ outcome: 'rejected', rowsNew: 0, rowsUpdated: 0, shopId: first.shopId });
  expect(same.message).toMatchObject({ code: 'file.already_imported', params: { file: 'o.csv', shop: 'S' } });
  // The same rows in another file (one more blank line): nothing in it differs, nothing is updated.
  const copy = file.replace(/o\.csv$/, 'o-copy.csv');
  fs.writeFileSync(copy, `${fs.readFileSync(file, 'utf8')}\r\n`);
  expect(await importPath(conn, copy, { shop: 'S' })).toMatchObject({
    outcome: 'imported',
    rowsRead: 5,
    rowsNew: 0,
    rowsUpdated: 0,
    rowsUnchanged: 5,
    rowsRepeated: 0,
  });
  expect(await figures()).toEqual(once);
  expect(once.find((d) => d.date === '2024-05-30')).toMatchObject({ orders30d: 5 });
  // On 05-31 the window starts on 05-02: the order of 05-01 has left.
  expect(once.find((d) => d.date === '2024-05-31')).toMatchObject({ orders30d: 4 });
});

it('counts each order once across overlapping exports', async () => {
  expect(await importPath(conn, orders('a.csv', [1, 2, 3, 4, 5]), { shop: 'S' })).toMatchObject({ rowsNew: 5 });
  // Orders 3–5 are in both exports with the same values: new 6–8, nothing updated.
  expect(await importPath(conn, orders('b.csv', [3, 4, 5, 6, 7, 8]), { shop: 'S' })).toMatchObject({
    rowsNew: 3,
    rowsUpdated: 0,
    rowsUnchanged: 3,
  });
  const days = await figures('2024-05-04', '2024-05-08');
  expect(days.map((d) => d.orders30d)).toEqual([4, 5, 6, 7, 8]);
});

it('keeps an intervention that a later export shows as a plain refund, and lets newer values replace older ones', async () => {
  await importPath(conn, orders('o.csv', [1, 2, 3, 4]), { shop: 'S' });
  await importPath(
    conn,
    cases('early.csv', [
      ['A', 'O1', '05', '平台处理中'],
      ['B', 'O2', '06', '退款中'],
    ]),
    { shop: 'S' },
  );
  expect((await figures('2024-05-10', '2024-05-10'))[0]).toMatchObject({
    orders30d: 4,
    interventions30d: 1,
    rate30d: 0.25,
  });
  // Weeks later: A closed (shown as 退款成功), B escalated to the platform, C new, D platform-initiated.
  const later = await importPath(
    conn,
    cases('later.csv', [
      ['A', 'O1', '05', '退款成功'],
      ['B', 'O2', '06', '平台同意退款，退款中'],
      ['C', 'O3', '07', '平台处理中'],
      ['D', 'O4', '07', '平台主动退款'],
    ]),
    { shop: 'S' },
  );
  expect(later).toMatchObject({ rowsNew: 2, rowsUpdated: 2 });
  expect(conn.raw.prepare("select status, intervened, intervened_status from cases where case_no = 'A'").get()).toEqual(
    { status: '退款成功', intervened: 1, intervened_status: '平台处理中' },
  );
  const days = await figures('2024-05-05', '2024-05-07');
  expect(days.map((d) => d.interventions30d)).toEqual([1, 2, 3]);
  // The same later export again: still three.
  await importPath(
    conn,
    writeFile(
      dir,
      'later-again.csv',
      csvText([
        PDD_AFTER_SALES_HEADER,
        row(PDD_AFTER_SALES_HEADER, {
          售后编号: 'A',
          订单编号: 'O1',
          申请时间: '2024-05-05 09:00:00',
          售后状态: '退款成功',
        }),
      ]),
    ),
    { shop: 'S' },
  );
  expect((await figures('2024-05-07', '2024-05-07'))[0]).toMatchObject({ interventions30d: 3, rate30d: 0.75 });
});

it('says how many rows repeat an earlier row of the file, so that every row read is accounted for', async () => {
  // Orders 1, 2, 2, 3, 3, 3 and one row without an order number (skipped with an error).
  const file = orders('dup.csv', [1, 2, 2, 3, 3, 3]);
  fs.appendFileSync(file, `${row(PDD_ORDER_HEADER, { 订单号: '', 订单成交时间: '2024-05-04 12:00:00' })}\r\n`);
  const s = await importPath(conn, file, { shop: 'S' });
  expect(s).toMatchObject({
    rowsRead: 7,
    rowsNew: 3,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    rowsRepeated: 3,
    rowsDiffering: 0,
    rowsSkipped: 1,
  });
  expect(s.rowsNew + s.rowsUpdated + s.rowsUnchanged + s.rowsRepeated + s.rowsSkipped).toBe(s.rowsRead);
  // Stored with the import, for the history.
  expect(conn.raw.prepare('select rows_repeated, rows_unchanged from imports where id = ?').get(s.importId)).toEqual({
    rows_repeated: 3,
    rows_unchanged: 0,
  });
  expect((await figures()).find((d) => d.date === '2024-05-30')).toMatchObject({ orders30d: 3 });
});

it('says how many repeated rows disagree with an earlier row of the same order (the later is kept)', async () => {
  const file = orders('two.csv', [1, 2]);
  fs.appendFileSync(
    file,
    `${row(PDD_ORDER_HEADER, { 订单号: 'O2', 订单成交时间: '2024-05-02 12:00:00', 订单状态: '已发货' })}\r\n`,
  );
  const s = await importPath(conn, file, { shop: 'S' });
  expect(s).toMatchObject({ rowsRead: 3, rowsNew: 2, rowsRepeated: 1, rowsDiffering: 1 });
  expect(conn.raw.prepare("select status from orders where order_no = 'O2'").get()).toEqual({ status: '已发货' });
});

it('a file imported again after another import changed its rows is applied again, not refused as already imported', async () => {
  const a = orders('a.csv', [1, 2]);
  expect(await importPath(conn, a, { shop: 'S' })).toMatchObject({ outcome: 'imported', rowsNew: 2 });
  // A later export says order 2 was sent back to 已发货 …
  const b = orders('b.csv', [2], '已发货');
  expect(await importPath(conn, b, { shop: 'S' })).toMatchObject({ rowsUpdated: 1 });
  // … and the merchant imports the first file again: it is applied, order 2 is 已签收 again.
  expect(await importPath(conn, a, { shop: 'S' })).toMatchObject({
    outcome: 'imported',
    rowsUpdated: 1,
    rowsUnchanged: 1,
  });
  expect(conn.raw.prepare("select status from orders where order_no = 'O2'").get()).toEqual({ status: '已签收' });
  // Now nothing has been imported over it: the same bytes once more change nothing and are said so.
  expect((await importPath(conn, a, { shop: 'S' })).message).toMatchObject({ code: 'file.already_imported' });
});

// "New shop" on the page means new: a stored shop of that name (or a look-alike) refuses the file
// instead of silently taking its orders into its figures.
it('a new shop is made once; a second file for a "new" shop of that name is refused and stores nothing', async () => {
  expect(await importPath(conn, orders('a.csv', [1, 2]), { shop: '红线店', newShop: true })).toMatchObject({
    outcome: 'imported',
    rowsNew: 2,
  });
  for (const name of ['红线店', '红线\u200b店']) {
    const s = await importPath(conn, orders('b.csv', [3]), { shop: name, newShop: true });
    expect(s).toMatchObject({ outcome: 'rejected', rowsNew: 0, message: { code: 'file.shop_exists' } });
    expect(renderMessage(s.message!, 'zh')).toBe(
      '文件「b.csv」没有导入：已有名为「红线店」的店铺。请在列表中选择它，或给新店铺换一个名称。',
    );
  }
  expect(conn.raw.prepare('select count(*) n from orders').get()).toEqual({ n: 2 });
  // The same shop chosen as itself (by the command line's --shop, or the page's list) takes it.
  expect(await importPath(conn, orders('b.csv', [3]), { shop: '红线店' })).toMatchObject({ rowsNew: 1 });
});

it("an archive's files for a new shop all go into the shop its first file makes", async () => {
  const zip = path.join(dir, 'orders.zip');
  fs.writeFileSync(
    zip,
    storedZip([
      { name: Buffer.from('a.csv'), data: fs.readFileSync(orders('a.csv', [1, 2])) },
      { name: Buffer.from('b.csv'), data: fs.readFileSync(orders('b.csv', [3])) },
    ]),
  );
  const r = await importFiles(conn, fileInput(zip), { shop: '新店', newShop: true });
  expect(r.summaries.map((s) => [s.outcome, s.rowsNew])).toEqual([
    ['imported', 2],
    ['imported', 1],
  ]);
  expect(combinedSummary(r)).toMatchObject({ outcome: 'imported', rowsNew: 3 });
  expect(conn.raw.prepare('select name from shops').all()).toEqual([{ name: '新店' }]);
});
