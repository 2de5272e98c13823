/**
 * Douyin's (抖店) order and after-sales formats from domain.md, through the real pipeline into a real
 * SQLite file, with the figures worked out by hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { closeConnection } from '@/lib/db/connection';
import { dayFigures, freshDb, importPath, storedCase, storedOrder } from '../../helpers/db';
import { DOUYIN_AFTER_SALES_HEADER, DOUYIN_ORDER_HEADER, row } from '../../helpers/exports';
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

describe('Douyin', () => {
  it('reads UTF-8 with BOM, "-" cells and 子订单 rows under one 主订单编号', async () => {
    const text = csvText([
      DOUYIN_ORDER_HEADER,
      row(
        DOUYIN_ORDER_HEADER,
        {
          主订单编号: '\t4900001',
          子订单编号: '\t4900001-1',
          选购商品: '连衣裙',
          商品金额: '59.90',
          订单提交时间: '2024-06-30 23:58:00',
          支付完成时间: '2024-06-30 23:59:30',
          订单状态: '已完成',
        },
        '-',
      ),
      row(
        DOUYIN_ORDER_HEADER,
        {
          主订单编号: '\t4900001',
          子订单编号: '\t4900001-2',
          选购商品: '腰带',
          商品金额: '10.10',
          订单提交时间: '2024-06-30 23:58:00',
          支付完成时间: '2024-06-30 23:59:30',
          订单状态: '已完成',
        },
        '-',
      ),
      row(
        DOUYIN_ORDER_HEADER,
        {
          主订单编号: '\t4900002',
          子订单编号: '\t4900002-1',
          选购商品: '帽子',
          商品金额: '19.00',
          订单提交时间: '2024-07-01 00:00:10',
          订单状态: '已关闭',
        },
        '-',
      ),
      row(
        DOUYIN_ORDER_HEADER,
        {
          主订单编号: '\t4900003',
          子订单编号: '\t4900003-1',
          选购商品: '帽子',
          商品金额: '19.00',
          支付完成时间: '2024-07-01 00:00:10',
          订单状态: '已发货',
        },
        '-',
      ),
    ]);
    const s = await importPath(conn, writeFile(dir, 'douyin-orders.csv', text, 'utf-8-bom'), { shop: '抖店' });
    expect(s).toMatchObject({
      outcome: 'imported',
      platform: 'douyin',
      kind: 'orders',
      encoding: 'UTF-8 (BOM)',
      rowsRead: 4,
      rowsNew: 3,
      rowsSkipped: 0,
    });
    expect(storedOrder(conn, '4900001')).toMatchObject({
      amount_cents: 7000,
      paid_day: '2024-06-30',
      shipped_day: null,
    });
    expect(storedOrder(conn, '4900002')).toMatchObject({ paid_day: null });
    expect(await dayFigures(conn, '抖店', '2024-06-30')).toMatchObject({ orders30d: 1 });
    expect(await dayFigures(conn, '抖店', '2024-07-01')).toMatchObject({ orders30d: 2 });
  });

  it('reads 仲裁状态: anything but 无仲裁记录, empty or "-" is an intervention', async () => {
    const c = (no: string, order: string, arbitration: string) =>
      row(
        DOUYIN_AFTER_SALES_HEADER,
        {
          售后单号: no,
          订单号: order,
          售后申请时间: '2024-07-02 10:00:00',
          售后状态: '售后完成',
          仲裁状态: arbitration,
          售后类型: '仅退款',
          自动处理截止时间: '2024-07-04 10:00:00',
        },
        '-',
      );
    const text = csvText([
      DOUYIN_AFTER_SALES_HEADER,
      c('S1', '4900001', '无仲裁记录'),
      c('S2', '4900002', '仲裁中'),
      c('S3', '4900003', '客服同意'),
      c('S4', '4900004', '-'),
      c('S5', '4900005', ''),
    ]);
    const s = await importPath(conn, writeFile(dir, 'douyin-after-sales.csv', text, 'utf-8-bom'), { shop: '抖店' });
    expect(s).toMatchObject({ outcome: 'imported', platform: 'douyin', kind: 'afterSales', rowsNew: 5 });
    expect(conn.raw.prepare('select case_no from cases where intervened = 1 order by case_no').all()).toEqual([
      { case_no: 'S2' },
      { case_no: 'S3' },
    ]);
    expect(storedCase(conn, 'S2')).toMatchObject({ deadline_at: '2024-07-04 10:00:00' });
  });
});
