/**
 * JD's (京东) order and after-sales formats from domain.md, through the real pipeline into a real
 * SQLite file, with the figures worked out by hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { closeConnection } from '@/lib/db/connection';
import { dayFigures, freshDb, importPath, storedCase, storedOrder } from '../../helpers/db';
import { JD_AFTER_SALES_HEADER, JD_ORDER_HEADER, row } from '../../helpers/exports';
import { csvText, tempDir, writeFile } from '../../helpers/files';

let dir: string;
let conn: Connection;
beforeEach(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterEach(async () => {
  await closeConnection(conn);
});

describe('JD', () => {
  it('collapses one-row-per-SKU orders into one order per order number', async () => {
    const text = csvText([
      JD_ORDER_HEADER,
      row(JD_ORDER_HEADER, {
        订单号: 'J1',
        商品名称: '键盘',
        应付金额: '10.00',
        订单状态: '完成',
        下单时间: '2024-05-01 09:00:00',
        付款确认时间: '2024-05-01 09:01:00',
      }),
      row(JD_ORDER_HEADER, {
        订单号: 'J1',
        商品名称: '鼠标',
        应付金额: '20.00',
        订单状态: '完成',
        下单时间: '2024-05-01 09:00:00',
        付款确认时间: '2024-05-01 09:01:00',
      }),
      row(JD_ORDER_HEADER, {
        订单号: 'J2',
        商品名称: '显示器',
        应付金额: '999.00',
        订单状态: '等待出库',
        付款确认时间: '2024-05-02 09:01:00',
      }),
      row(JD_ORDER_HEADER, {
        订单号: 'J1',
        商品名称: '鼠标垫',
        应付金额: '5.00',
        订单状态: '完成',
        付款确认时间: '2024-05-01 09:01:00',
      }),
    ]);
    const s = await importPath(conn, writeFile(dir, 'jd-orders.csv', text, 'gbk'), { shop: '京东店' });
    expect(s).toMatchObject({ outcome: 'imported', platform: 'jd', kind: 'orders', rowsRead: 4, rowsNew: 2 });
    expect(storedOrder(conn, 'J1')).toMatchObject({ amount_cents: 3500, product: '键盘', paid_day: '2024-05-01' });
    expect(await dayFigures(conn, '京东店', '2024-05-02')).toMatchObject({ orders30d: 2 });
    // Importing it again does not add the line items up a second time.
    const again = await importPath(conn, writeFile(dir, 'jd-orders.csv', text, 'gbk'), { shop: '京东店' });
    expect(again).toMatchObject({ rowsNew: 0, rowsUpdated: 0 });
    expect(storedOrder(conn, 'J1')).toMatchObject({ amount_cents: 3500 });
  });

  it('reads the 是否京东介入 flag of the after-sales export', async () => {
    const text = csvText([
      JD_AFTER_SALES_HEADER,
      row(JD_AFTER_SALES_HEADER, {
        服务单号: 'S1',
        订单号: 'J1',
        客户期望: '退货',
        申请时间: '2024-05-03 10:00:00',
        服务单状态: '完成',
        是否京东介入: '是',
      }),
      row(JD_AFTER_SALES_HEADER, {
        服务单号: 'S2',
        订单号: 'J2',
        客户期望: '换货',
        申请时间: '2024-05-03 10:00:00',
        服务单状态: '完成',
        是否京东介入: '否',
      }),
    ]);
    const s = await importPath(conn, writeFile(dir, 'jd-service.csv', text, 'gbk'), { shop: '京东店' });
    expect(s).toMatchObject({ outcome: 'imported', platform: 'jd', kind: 'afterSales', rowsNew: 2 });
    expect(storedCase(conn, 'S1')).toMatchObject({ intervened: 1, type: '退货' });
    expect(storedCase(conn, 'S2')).toMatchObject({ intervened: 0 });
  });
});
