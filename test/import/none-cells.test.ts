/**
 * Taobao writes the literal text null (also 'null) for an empty cell, and refund files write
 * 无退款申请 for no refund: these are empty cells, never row warnings, never stored as text.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { freshDb, importPath } from '../helpers/db';
import { PDD_ORDER_HEADER, row, TAOBAO_ORDER_HEADER } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

let conn: Connection;
let dir: string;
beforeAll(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterAll(async () => {
  await closeConnection(conn);
});

it('imports a GBK Taobao order file whose empty cells say null, with no warnings', async () => {
  const header = [...TAOBAO_ORDER_HEADER, '发货时间', '确认收货时间'];
  const text = csvText([
    header,
    row(header, {
      订单编号: '="3101"',
      订单付款时间: '2024-03-01 10:00:00',
      买家实际支付金额: '119.00元',
      宝贝标题: 'null',
      发货时间: 'null',
      确认收货时间: "'null",
      物流公司: 'NULL',
    }),
    row(header, {
      订单编号: '3102',
      订单付款时间: '2024-03-02 11:00:00',
      买家实际支付金额: '5.5',
      宝贝标题: '羊毛围巾',
      发货时间: '2024-03-03 09:00:00',
      确认收货时间: 'null',
    }),
  ]);
  const s = await importPath(conn, writeFile(dir, 'ExportOrderList202403100930.csv', text, 'gbk'), { shop: '淘店' });
  expect(s.outcome).toBe('imported');
  expect(s.errorCount).toBe(0);
  const rows = conn.raw
    .prepare('select order_no, amount_cents, product, courier, shipped_day, received_day from orders order by order_no')
    .all();
  expect(rows).toEqual([
    { order_no: '3101', amount_cents: 11900, product: '', courier: '', shipped_day: null, received_day: null },
    {
      order_no: '3102',
      amount_cents: 550,
      product: '羊毛围巾',
      courier: '',
      shipped_day: '2024-03-03',
      received_day: null,
    },
  ]);
});

it("takes PDD's pay time from 支付时间 on a row whose 订单成交时间 is blank", async () => {
  const header = [...PDD_ORDER_HEADER, '支付时间'];
  const text = csvText([
    header,
    row(header, { 订单号: 'P1', 订单成交时间: '2024-03-01 10:00:00', 支付时间: '2024-02-28 09:00:00' }),
    row(header, { 订单号: 'P2', 订单成交时间: '', 支付时间: '2024-03-02 09:00:00' }),
    row(header, { 订单号: 'P3', 订单成交时间: 'null', 支付时间: '' }),
  ]);
  const s = await importPath(conn, writeFile(dir, 'pdd.csv', text), { shop: '拼店' });
  expect(s.outcome).toBe('imported');
  const rows = conn.raw
    .prepare(
      "select order_no, paid_day from orders where shop_id = (select id from shops where name = '拼店') order by order_no",
    )
    .all();
  expect(rows).toEqual([
    { order_no: 'P1', paid_day: '2024-03-01' },
    { order_no: 'P2', paid_day: '2024-03-02' },
    { order_no: 'P3', paid_day: null },
  ]);
});
