/**
 * Taobao's 子订单 export (one row per item) collapses to orders: 主订单编号 is the order, 标题 the
 * product, the amount the sum of its lines. It never replaces what the order-level file of the
 * same export said about an order (amount, product, status), whichever of the two comes first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { freshDb, importPath } from '../helpers/db';
import { row, TAOBAO_ORDER_HEADER } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

const ITEM_HEADER =
  '子订单编号,主订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码,支付单号,买家应付货款,买家实际支付金额,退款状态,退款金额,订单创建时间,订单付款时间'.split(
    ',',
  );

const orderLevel = csvText([
  TAOBAO_ORDER_HEADER,
  row(TAOBAO_ORDER_HEADER, {
    订单编号: '="3101"',
    订单付款时间: '2024-03-01 10:00:00',
    买家实际支付金额: '230.00',
    宝贝标题: '羊毛围巾',
    订单状态: '交易成功',
  }),
  row(TAOBAO_ORDER_HEADER, {
    订单编号: '="3102"',
    订单付款时间: '2024-03-02 10:00:00',
    买家实际支付金额: '99.00',
    宝贝标题: '手套',
    订单状态: '卖家已发货',
  }),
]);

const lineItems = csvText([
  ITEM_HEADER,
  row(ITEM_HEADER, {
    子订单编号: '="310101"',
    主订单编号: '="3101"',
    标题: '羊毛围巾',
    买家实际支付金额: '230.00',
    订单状态: '交易成功',
    订单付款时间: '2024-03-01 10:00:00',
    退款金额: '无退款申请',
  }),
  row(ITEM_HEADER, {
    子订单编号: '="310102"',
    主订单编号: '="3101"',
    标题: '赠品：暖宝宝',
    买家实际支付金额: '0.00',
    订单状态: '交易成功',
    订单付款时间: '2024-03-01 10:00:00',
  }),
  row(ITEM_HEADER, {
    子订单编号: '="310201"',
    主订单编号: '="3102"',
    标题: '手套',
    买家实际支付金额: '99.00',
    订单状态: '交易关闭',
    订单付款时间: '2024-03-02 10:00:00',
  }),
  row(ITEM_HEADER, {
    子订单编号: '="310301"',
    主订单编号: '="3103"',
    标题: '帽子',
    买家实际支付金额: '10.00',
    订单状态: '交易成功',
    订单付款时间: '2024-03-03 10:00:00',
  }),
  row(ITEM_HEADER, {
    子订单编号: '="310302"',
    主订单编号: '="3103"',
    标题: '围脖',
    买家实际支付金额: '5.50',
    订单状态: '交易成功',
    订单付款时间: '2024-03-03 10:00:00',
  }),
]);

let dir: string;
let conn: Connection;
beforeEach(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterEach(async () => {
  await closeConnection(conn);
});

const orders = () =>
  conn.raw.prepare('select order_no, amount_cents, product, status from orders order by order_no').all();

const expected = [
  { order_no: '3101', amount_cents: 23000, product: '羊毛围巾', status: '交易成功' },
  { order_no: '3102', amount_cents: 9900, product: '手套', status: '卖家已发货' },
  { order_no: '3103', amount_cents: 1550, product: '帽子', status: '交易成功' },
];

describe('Taobao line-item files', () => {
  it('order-level file first: the line-item file adds the order it alone has, and changes no other', async () => {
    const a = await importPath(conn, writeFile(dir, 'ExportOrderList.csv', orderLevel, 'gbk'), { shop: '淘店' });
    const b = await importPath(conn, writeFile(dir, 'ExportOrderDetailList.csv', lineItems, 'gbk'), { shop: '淘店' });
    expect([a.outcome, b.outcome]).toEqual(['imported', 'imported']);
    expect([b.rowsNew, b.rowsUpdated, b.errorCount]).toEqual([1, 0, 0]);
    expect(orders()).toEqual(expected);
  });

  it('line-item file first: the order-level file then sets amount, product and status', async () => {
    const b = await importPath(conn, writeFile(dir, 'ExportOrderDetailList.csv', lineItems, 'gbk'), { shop: '淘店' });
    // 3101's lines sum to ¥230.00 (the gift line is ¥0.00); 3103's to ¥15.50; the product is the first line's.
    expect(orders()).toEqual([
      { order_no: '3101', amount_cents: 23000, product: '羊毛围巾', status: '交易成功' },
      { order_no: '3102', amount_cents: 9900, product: '手套', status: '交易关闭' },
      { order_no: '3103', amount_cents: 1550, product: '帽子', status: '交易成功' },
    ]);
    const a = await importPath(conn, writeFile(dir, 'ExportOrderList.csv', orderLevel, 'gbk'), { shop: '淘店' });
    expect([b.outcome, a.outcome, a.rowsNew, a.rowsUpdated]).toEqual(['imported', 'imported', 0, 1]);
    expect(orders()).toEqual(expected);
    // And the line-item file again changes nothing.
    const again = await importPath(conn, writeFile(dir, 'ExportOrderDetailList2.csv', lineItems, 'gbk'), {
      shop: '淘店',
    });
    expect([again.rowsNew, again.rowsUpdated]).toEqual([0, 0]);
    expect(orders()).toEqual(expected);
  });
});
