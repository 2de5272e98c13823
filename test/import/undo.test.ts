/**
 * Undoing one import: the rows it created go, the rows it took over return to what the import
 * before it said, the daily figures are rebuilt, in one transaction; an earlier import undone after
 * a later one leaves the later one's own values.
 */
import { beforeEach, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { undoImport } from '@/lib/db/queries/undoImport';
import { freshDb, importPath, snapshot } from '../helpers/db';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

let dir: string;
let conn: Connection;
beforeEach(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
  return () => closeConnection(conn);
});

const orders = (name: string, list: [string, string, string][]) =>
  writeFile(
    dir,
    name,
    csvText([
      PDD_ORDER_HEADER,
      ...list.map(([no, day, status]) =>
        row(PDD_ORDER_HEADER, { 订单号: no, 订单成交时间: `2024-05-${day} 10:00:00`, 订单状态: status }),
      ),
    ]),
  );
const rows = () => conn.raw.prepare('select order_no, status, import_id from orders order by order_no').all();

it('undoes the latest import: what it created goes, what it changed returns, figures as before it', async () => {
  const a = await importPath(
    conn,
    orders('a.csv', [
      ['1', '01', '已发货'],
      ['2', '02', '已发货'],
      ['3', '03', '已发货'],
    ]),
    {
      shop: 'S',
    },
  );
  const afterA = snapshot(conn);
  const b = await importPath(
    conn,
    orders('b.csv', [
      ['2', '02', '已签收'],
      ['3', '03', '已发货'],
      ['4', '04', '已发货'],
    ]),
    {
      shop: 'S',
    },
  );
  expect([b.rowsNew, b.rowsUpdated]).toEqual([1, 1]);
  expect(await undoImport(conn.db, b.importId!)).toEqual({ ok: true, shopId: a.shopId, removed: 1, restored: 1 });
  // Everything a figure depends on is as it was after the first import, the history aside.
  const now = JSON.parse(snapshot(conn));
  const then = JSON.parse(afterA);
  expect({ ...now, imported: undefined }).toEqual({ ...then, imported: undefined });
  expect(conn.raw.prepare('select outcome from imports where id = ?').get(b.importId)).toEqual({ outcome: 'undone' });
  expect(await undoImport(conn.db, b.importId!)).toEqual({ ok: false, reason: 'notImported' });
  expect(await undoImport(conn.db, 999)).toEqual({ ok: false, reason: 'missing' });
});

it('undoes an earlier import under a later one: the later one keeps its own values, and can be undone too', async () => {
  const a = await importPath(
    conn,
    orders('a.csv', [
      ['1', '01', '已发货'],
      ['2', '02', '已发货'],
      ['3', '03', '已发货'],
    ]),
    {
      shop: 'S',
    },
  );
  const b = await importPath(
    conn,
    orders('b.csv', [
      ['2', '02', '已签收'],
      ['3', '03', '已发货'],
      ['4', '04', '已发货'],
    ]),
    {
      shop: 'S',
    },
  );
  // Undo a: 1 and 3 were its own (b changed nothing in 3) and go; 2 and 4 are b's.
  expect(await undoImport(conn.db, a.importId!)).toMatchObject({ ok: true, removed: 2, restored: 0 });
  expect(rows()).toEqual([
    { order_no: '2', status: '已签收', import_id: b.importId },
    { order_no: '4', status: '已发货', import_id: b.importId },
  ]);
  const daily = conn.raw
    .prepare(
      "select day, orders_paid as orders from daily where day between '2024-05-01' and '2024-05-04' order by day",
    )
    .all();
  // Days with no order left have no row.
  expect(daily).toEqual([
    { day: '2024-05-02', orders: 1 },
    { day: '2024-05-04', orders: 1 },
  ]);
  // b no longer remembers a's values of order 2: undoing b now leaves nothing, as if neither happened.
  expect(await undoImport(conn.db, b.importId!)).toMatchObject({ ok: true, removed: 2, restored: 0 });
  expect(rows()).toEqual([]);
});

it('undoes an after-sales import: the intervention counts return to what they were', async () => {
  await importPath(
    conn,
    orders('a.csv', [
      ['1', '01', '已发货'],
      ['2', '02', '已发货'],
    ]),
    { shop: 'S' },
  );
  const cases = (name: string, status: string) =>
    writeFile(
      dir,
      name,
      csvText([
        PDD_AFTER_SALES_HEADER,
        row(PDD_AFTER_SALES_HEADER, {
          售后编号: 'C1',
          订单编号: '1',
          申请时间: '2024-05-03 10:00:00',
          售后状态: status,
        }),
      ]),
    );
  await importPath(conn, cases('c1.csv', '退款中'), { shop: 'S' });
  const before = snapshot(conn);
  const c2 = await importPath(conn, cases('c2.csv', '平台处理中'), { shop: 'S' });
  expect(conn.raw.prepare('select intervened from cases').get()).toEqual({ intervened: 1 });
  await undoImport(conn.db, c2.importId!);
  expect({ ...JSON.parse(snapshot(conn)), imported: undefined }).toEqual({
    ...JSON.parse(before),
    imported: undefined,
  });
});
