/**
 * Taobao's and Tmall's order and after-sales formats from domain.md, through the real pipeline into a real
 * SQLite file, with the figures worked out by hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { closeConnection } from '@/lib/db/connection';
import { dayFigures, freshDb, importPath, storedOrder } from '../../helpers/db';
import { row, TAOBAO_ORDER_HEADER, TAOBAO_REFUND_HEADER } from '../../helpers/exports';
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
    expect(storedOrder(conn, '1001')).toMatchObject({
      paid_day: '2024-02-01',
      amount_cents: 123450,
      product: '羊毛围巾',
    });
    expect(storedOrder(conn, '1002')).toMatchObject({ paid_day: null });
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
      // A refund report alone: the orders are not known (not 0), so neither is the rate.
      orders30d: null,
      rate30d: null,
    });
  });
});
