/**
 * Pinduoduo's (拼多多) order and after-sales formats from domain.md, through the real pipeline into a real
 * SQLite file, with the figures worked out by hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { closeConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { dayFigures, freshDb, importPath, storedCase, storedOrder } from '../../helpers/db';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../../helpers/exports';
import { csvText, tempDir, writeFile, writeXlsx } from '../../helpers/files';

let dir: string;
let conn: Connection;
beforeEach(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterEach(async () => {
  await closeConnection(conn);
});

describe('Pinduoduo', () => {
  const orders = () =>
    csvText([
      PDD_ORDER_HEADER,
      row(PDD_ORDER_HEADER, {
        订单成交时间: '2024-03-01 10:00:00',
        订单号: '\t240301-001',
        订单状态: '已签收',
        '用户实付金额(元)': '¥1,299.50',
        商品: '保温杯',
        快递公司: '中通快递',
      }),
      row(PDD_ORDER_HEADER, {
        订单成交时间: '2024-03-01 23:50:00',
        订单号: '\t240301-002',
        订单状态: '已签收',
        '用户实付金额(元)': '25.00',
      }),
      row(PDD_ORDER_HEADER, {
        订单成交时间: '2024-03-02 00:10:00',
        订单号: "'240302-003",
        订单状态: '已发货，待签收',
        '用户实付金额(元)': '9.9',
      }),
      row(PDD_ORDER_HEADER, { 订单成交时间: '', 订单号: '240302-004', 订单状态: '已取消' }),
      // The same order twice in one export happens; it is one order.
      row(PDD_ORDER_HEADER, {
        订单成交时间: '2024-03-01 10:00:00',
        订单号: '\t240301-001',
        订单状态: '已签收',
        '用户实付金额(元)': '¥1,299.50',
      }),
      row(PDD_ORDER_HEADER, {
        订单成交时间: '2024/3/2 12:00',
        订单号: '240302-006',
        订单状态: '未发货，退款成功',
        '用户实付金额(元)': '(5.00)',
      }),
    ]);

  it('reads the 23-column order export: tab and apostrophe IDs, blank pay time, duplicates, full-width commas', async () => {
    const s = await importPath(conn, writeFile(dir, 'pdd-orders.csv', orders()));
    expect(s.outcome).toBe('imported');
    expect(s).toMatchObject({
      platform: 'pdd',
      kind: 'orders',
      encoding: 'UTF-8',
      rowsRead: 6,
      rowsNew: 5,
      rowsSkipped: 0,
      dateFrom: '2024-03-01',
      dateTo: '2024-03-02',
    });
    expect(storedOrder(conn, '240301-001')).toMatchObject({
      paid_day: '2024-03-01',
      amount_cents: 129950,
      product: '保温杯',
      courier: '中通快递',
    });
    expect(storedOrder(conn, '240302-003')).toMatchObject({ paid_day: '2024-03-02', status: '已发货，待签收' });
    expect(storedOrder(conn, '240302-004')).toMatchObject({ paid_day: null });
    expect(storedOrder(conn, '240302-006')).toMatchObject({ paid_at: '2024-03-02 12:00:00', amount_cents: -500 });
    // 03-01: 001 and 002 (23:50 China time is still 03-01); 03-02: 003 (00:10) and 006.
    expect(await dayFigures(conn, '拼多多', '2024-03-01')).toEqual({
      date: '2024-03-01',
      orders30d: 2,
      // No after-sales export yet: not known, not 0.
      interventions30d: null,
      rate30d: null,
    });
    expect(await dayFigures(conn, '拼多多', '2024-03-02')).toMatchObject({ orders30d: 4 });
  });

  it('reads the after-sales xlsx with a notice row first, counting each intervention order once on its earliest case', async () => {
    await importPath(conn, writeFile(dir, 'pdd-orders.csv', orders()));
    const file = await writeXlsx(dir, 'pdd-after-sales.xlsx', [
      {
        name: '售后信息',
        rows: [
          ['3个月前的售后单仅支持在页面查看'],
          PDD_AFTER_SALES_HEADER,
          row(PDD_AFTER_SALES_HEADER, {
            售后编号: 'A1',
            订单编号: '240301-001',
            售后状态: '平台处理中',
            申请时间: '2024-03-05 09:00:00',
            售后类型: '仅退款',
            售后原因: '未收到货',
            超时时间: '2024-03-07 09:00:00',
          }),
          row(PDD_AFTER_SALES_HEADER, {
            售后编号: 'A2',
            订单编号: '240301-001',
            售后状态: '平台同意退款，退款中',
            申请时间: '2024-03-03 20:00:00',
            售后类型: '退货退款',
          }),
          row(PDD_AFTER_SALES_HEADER, {
            售后编号: 'B1',
            订单编号: '240301-002',
            售后状态: '退款成功',
            申请时间: '2024-03-04 08:00:00',
          }),
          [
            ...row(PDD_AFTER_SALES_HEADER, {
              售后编号: 'C1',
              订单编号: '240302-003',
              售后状态: '平台拒绝退款，退款关闭',
            }).slice(0, 7),
            new Date(Date.UTC(2024, 2, 6, 23, 30, 0)),
          ],
          row(PDD_AFTER_SALES_HEADER, {
            售后编号: 'D1',
            订单编号: '240302-006',
            售后状态: '平台主动退款，退款成功',
            申请时间: '2024-03-06 10:00:00',
          }),
        ],
      },
    ]);
    const s = await importPath(conn, file);
    expect(s).toMatchObject({
      outcome: 'imported',
      platform: 'pdd',
      kind: 'afterSales',
      sheet: '售后信息',
      rowsRead: 5,
      rowsNew: 5,
      rowsSkipped: 0,
      dateFrom: '2024-03-03',
      dateTo: '2024-03-06',
    });
    expect(storedCase(conn, 'C1')).toMatchObject({ applied_at: '2024-03-06 23:30:00', intervened: 1 });
    expect(storedCase(conn, 'D1')).toMatchObject({ intervened: 0, platform_initiated: 1 });
    expect(storedCase(conn, 'B1')).toMatchObject({ intervened: 0 });
    // 001 counts once, on 03-03 (its earliest intervened case); 003 on 03-06; 006 was platform-initiated.
    expect(await dayFigures(conn, '拼多多', '2024-03-03')).toMatchObject({
      orders30d: 4,
      interventions30d: 1,
      rate30d: 0.25,
    });
    expect(await dayFigures(conn, '拼多多', '2024-03-06')).toMatchObject({
      orders30d: 4,
      interventions30d: 2,
      rate30d: 0.5,
    });
  });

  it('finds the sheet that holds the header, past an instructions sheet', async () => {
    const file = await writeXlsx(dir, 'workbook.xlsx', [
      { name: '说明', rows: [['导出说明'], ['本表为售后单导出'], ['如有疑问请联系客服']] },
      {
        name: '售后信息',
        rows: [
          PDD_AFTER_SALES_HEADER,
          row(PDD_AFTER_SALES_HEADER, {
            售后编号: 'X1',
            订单编号: 'O-1',
            售后状态: '平台处理中',
            申请时间: '2024-03-05 09:00:00',
          }),
          row(PDD_AFTER_SALES_HEADER, {
            售后编号: 'X2',
            订单编号: 'O-2',
            售后状态: '退款成功',
            申请时间: '2024-03-05 10:00:00',
          }),
        ],
      },
      {
        name: '汇总',
        rows: [
          ['售后编号', '订单编号'],
          ['ZZ', 'ZZ'],
        ],
      },
    ]);
    const s = await importPath(conn, file, { shop: 'P' });
    expect(s).toMatchObject({ outcome: 'imported', sheet: '售后信息', kind: 'afterSales', rowsRead: 2, rowsNew: 2 });
    expect(storedCase(conn, 'ZZ')).toBeUndefined();
  });

  it('reports an ID that a spreadsheet stored as a number instead of storing a wrong one', async () => {
    // What a spreadsheet holds after someone typed the ID into a number cell: a double, last digits lost.
    const asNumber = Number('6917926768823643751');
    const file = await writeXlsx(dir, 'pdd-after-sales.xlsx', [
      {
        name: '售后信息',
        rows: [
          PDD_AFTER_SALES_HEADER,
          [asNumber, asNumber, '', '', '平台处理中', '', '', '2024-03-05 09:00:00'],
          row(PDD_AFTER_SALES_HEADER, {
            售后编号: 'OK1',
            订单编号: '240301-009',
            售后状态: '平台处理中',
            申请时间: '2024-03-05 09:00:00',
          }),
        ],
      },
    ]);
    const s = await importPath(conn, file, { shop: 'P' });
    expect(s.outcome).toBe('imported');
    expect(s.rowsNew).toBe(1);
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toMatchObject({ line: 2, column: '订单编号' });
    expect(s.errors[0].message.code).toBe('row.imprecise_id');
    expect(renderMessage(s.errors[0].message, 'en')).toContain('15th');
  });

  it('reads a tab-separated export and dates with dots and no seconds', async () => {
    const text = csvText(
      [
        ['订单号', '支付时间', '订单状态'],
        ['P1', '2024.03.01 08:05', '已收货'],
        ['P2', '2024.3.31', '已收货'],
      ],
      { delimiter: '\t', newline: '\n' },
    );
    const s = await importPath(conn, writeFile(dir, 'pdd-old.txt', text), { platform: 'pdd', shop: 'P' });
    expect(s).toMatchObject({ outcome: 'imported', rowsNew: 2, dateFrom: '2024-03-01', dateTo: '2024-03-31' });
    expect(storedOrder(conn, 'P1')).toMatchObject({ paid_at: '2024-03-01 08:05:00' });
  });
});
