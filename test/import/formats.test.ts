/**
 * Every platform's order and after-sales formats from domain.md, through the real pipeline into
 * a real SQLite file, with the figures worked out by hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { closeConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { dayFigures, freshDb, importPath } from '../helpers/db';
import {
  DOUYIN_AFTER_SALES_HEADER,
  DOUYIN_ORDER_HEADER,
  JD_AFTER_SALES_HEADER,
  JD_ORDER_HEADER,
  KUAISHOU_ORDER_HEADER,
  PDD_AFTER_SALES_HEADER,
  PDD_ORDER_HEADER,
  row,
  TAOBAO_ORDER_HEADER,
  TAOBAO_REFUND_HEADER,
} from '../helpers/exports';
import { csvText, tempDir, writeFile, writeXlsx } from '../helpers/files';

let dir: string;
let conn: Connection;
beforeEach(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterEach(async () => {
  await closeConnection(conn);
});

const orderRow = (no: string) =>
  conn.raw.prepare('select * from orders where order_no = ?').get(no) as Record<string, unknown> | undefined;
const caseRow = (no: string) =>
  conn.raw.prepare('select * from cases where case_no = ?').get(no) as Record<string, unknown> | undefined;

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
    expect(orderRow('240301-001')).toMatchObject({
      paid_day: '2024-03-01',
      amount_cents: 129950,
      product: '保温杯',
      courier: '中通快递',
    });
    expect(orderRow('240302-003')).toMatchObject({ paid_day: '2024-03-02', status: '已发货，待签收' });
    expect(orderRow('240302-004')).toMatchObject({ paid_day: null });
    expect(orderRow('240302-006')).toMatchObject({ paid_at: '2024-03-02 12:00:00', amount_cents: -500 });
    // 03-01: 001 and 002 (23:50 China time is still 03-01); 03-02: 003 (00:10) and 006.
    expect(await dayFigures(conn, '拼多多', '2024-03-01')).toEqual({
      date: '2024-03-01',
      orders30d: 2,
      interventions30d: 0,
      rate30d: 0,
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
    expect(caseRow('C1')).toMatchObject({ applied_at: '2024-03-06 23:30:00', intervened: 1 });
    expect(caseRow('D1')).toMatchObject({ intervened: 0, platform_initiated: 1 });
    expect(caseRow('B1')).toMatchObject({ intervened: 0 });
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
    expect(caseRow('ZZ')).toBeUndefined();
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
    expect(orderRow('P1')).toMatchObject({ paid_at: '2024-03-01 08:05:00' });
  });
});

describe('Taobao / Tmall', () => {
  it('reads the classic GBK order export with trailing-space headers and keeps no buyer data', async () => {
    const text = csvText([
      TAOBAO_ORDER_HEADER,
      row(TAOBAO_ORDER_HEADER, {
        订单编号: '1001',
        买家会员名: '张三的小店',
        收货人姓名: '张三',
        联系手机: '13800000000',
        收货地址: '浙江省杭州市西湖区',
        买家实际支付金额: '￥1,234.50',
        订单状态: '交易成功',
        订单创建时间: '2024-01-31 23:59:00',
        订单付款时间: '2024-02-01 00:00:01',
        宝贝标题: '羊毛围巾',
      }),
      row(TAOBAO_ORDER_HEADER, {
        订单编号: '1002',
        买家实际支付金额: '0.00',
        订单状态: '等待买家付款',
        订单创建时间: '2024-02-01 10:00:00',
      }),
      row(TAOBAO_ORDER_HEADER, {
        订单编号: '1003',
        买家实际支付金额: '88',
        订单状态: '卖家已发货，等待买家确认',
        订单付款时间: '2024-02-01 12:00:00',
      }),
    ]);
    const s = await importPath(conn, writeFile(dir, 'ExportOrderList.csv', text, 'gbk'), { shop: '天猫旗舰店' });
    expect(s).toMatchObject({
      outcome: 'imported',
      platform: 'taobao',
      kind: 'orders',
      encoding: 'GBK/GB18030',
      rowsNew: 3,
    });
    expect(orderRow('1001')).toMatchObject({ paid_day: '2024-02-01', amount_cents: 123450, product: '羊毛围巾' });
    expect(orderRow('1002')).toMatchObject({ paid_day: null });
    const everything = JSON.stringify(conn.raw.prepare('select * from orders').all());
    for (const personal of ['张三', '13800000000', '杭州']) expect(everything).not.toContain(personal);
    expect(await dayFigures(conn, '天猫旗舰店', '2024-02-01')).toMatchObject({ orders30d: 2 });
  });

  it('reads the GBK refund report: 客服介入状态 other than a none value is an intervention', async () => {
    const refund = (no: string, order: string, intervention: string, applied: string) =>
      row(TAOBAO_REFUND_HEADER, {
        订单编号: order,
        退款编号: no,
        退款的申请时间: applied,
        退款状态: '退款成功',
        客服介入状态: intervention,
        买家退款原因: '质量问题',
        宝贝标题: '羊毛围巾',
        买家会员名称: '张三',
      });
    const text = csvText([
      TAOBAO_REFUND_HEADER,
      refund('R1', '1001', '无客服介入', '2024-02-02 10:00:00'),
      refund('R2', '1002', '需要客服介入', '2024-02-03 10:00:00'),
      refund('R3', '1003', '客服处理完成', '2024-02-03 23:59:59'),
      refund('R4', '1004', '不需客服介入', '2024-02-04 10:00:00'),
      refund('R5', '1005', '-', '2024-02-04 10:00:00'),
      refund('R6', '1006', '支持买家', '2024-02-05 00:00:00'),
    ]);
    const s = await importPath(conn, writeFile(dir, '退款报表.csv', text, 'gbk'), { shop: '天猫旗舰店' });
    expect(s).toMatchObject({ outcome: 'imported', platform: 'taobao', kind: 'afterSales', rowsNew: 6 });
    const intervened = conn.raw.prepare('select case_no from cases where intervened = 1 order by case_no').all();
    expect(intervened).toEqual([{ case_no: 'R2' }, { case_no: 'R3' }, { case_no: 'R6' }]);
    expect(await dayFigures(conn, '天猫旗舰店', '2024-02-05')).toMatchObject({
      interventions30d: 3,
      orders30d: 0,
      rate30d: null,
    });
  });
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
    expect(orderRow('J1')).toMatchObject({ amount_cents: 3500, product: '键盘', paid_day: '2024-05-01' });
    expect(await dayFigures(conn, '京东店', '2024-05-02')).toMatchObject({ orders30d: 2 });
    // Importing it again does not add the line items up a second time.
    const again = await importPath(conn, writeFile(dir, 'jd-orders.csv', text, 'gbk'), { shop: '京东店' });
    expect(again).toMatchObject({ rowsNew: 0, rowsUpdated: 0 });
    expect(orderRow('J1')).toMatchObject({ amount_cents: 3500 });
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
    expect(caseRow('S1')).toMatchObject({ intervened: 1, type: '退货' });
    expect(caseRow('S2')).toMatchObject({ intervened: 0 });
  });
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
    expect(orderRow('4900001')).toMatchObject({ amount_cents: 7000, paid_day: '2024-06-30', shipped_day: null });
    expect(orderRow('4900002')).toMatchObject({ paid_day: null });
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
    expect(caseRow('S2')).toMatchObject({ deadline_at: '2024-07-04 10:00:00' });
  });
});

describe('Kuaishou', () => {
  it('recognises 快手订单编号', async () => {
    const text = csvText([
      KUAISHOU_ORDER_HEADER,
      row(KUAISHOU_ORDER_HEADER, {
        快手订单编号: 'K1',
        支付时间: '2024-08-01 12:00:00',
        订单状态: '交易成功',
        实付款: '12.00',
      }),
    ]);
    const s = await importPath(conn, writeFile(dir, 'ks.csv', text));
    expect(s).toMatchObject({
      outcome: 'imported',
      platform: 'kuaishou',
      kind: 'orders',
      shop: '快手小店',
      rowsNew: 1,
    });
  });
});
