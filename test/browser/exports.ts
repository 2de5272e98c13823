/** Export files for browser tests, written by the same generators as the sample data. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { type SampleShop, sampleShop } from '@/lib/sample/model';
import {
  douyinAfterSalesCsv,
  douyinOrdersCsv,
  PDD_AFTER_SALES_HEADER,
  pddOrdersCsv,
  taobaoOrdersCsv,
  taobaoRefundsCsv,
} from '@/lib/sample/writers';

export interface ExportSet {
  shop: SampleShop;
  files: string[];
  /** Data rows per file, as the import should count them. */
  rows: Record<string, number>;
}

export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

const bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf-8')]);

/** PDD: orders as UTF-8 CSV, after-sales as the xlsx the back end gives (a notice row above the header). */
export async function pddExports(
  dir: string,
  opts: { lastDay: string; days: number; seed: number; ordersPerDay?: number },
): Promise<ExportSet> {
  const shop = sampleShop(opts);
  const orders = writeBytes(dir, '拼多多订单.csv', pddOrdersCsv(shop));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('售后信息');
  ws.addRow(['3个月前的售后单仅支持在页面查看']);
  ws.addRow(PDD_AFTER_SALES_HEADER);
  for (const c of shop.cases) {
    const values: Record<string, string> = {
      售后编号: c.caseNo,
      订单编号: c.orderNo,
      退款金额: c.refundYuan.toFixed(2),
      售后类型: c.type,
      申请时间: c.appliedAt,
      售后状态: c.intervened ? (c.open ? '平台处理中' : '平台同意退款，退款中') : c.open ? '售后处理中' : '退款成功',
      售后原因: c.reason,
      超时时间: c.deadlineAt ?? '',
    };
    ws.addRow(PDD_AFTER_SALES_HEADER.map((h) => values[h] ?? ''));
  }
  const afterSales = path.join(dir, '拼多多售后.xlsx');
  await wb.xlsx.writeFile(afterSales);
  return {
    shop,
    files: [orders, afterSales],
    rows: { '拼多多订单.csv': shop.orders.length, '拼多多售后.xlsx': shop.cases.length },
  };
}

/** Taobao: the classic order list and refund report, in GBK as Taobao writes them. */
export function taobaoExports(
  dir: string,
  opts: { lastDay: string; days: number; seed: number; ordersPerDay?: number },
): ExportSet {
  const shop = sampleShop(opts);
  const orders = writeBytes(dir, 'ExportOrderList.csv', iconv.encode(taobaoOrdersCsv(shop), 'gbk'));
  const refunds = writeBytes(dir, 'ExportRefundList.csv', iconv.encode(taobaoRefundsCsv(shop), 'gbk'));
  return {
    shop,
    files: [orders, refunds],
    rows: { 'ExportOrderList.csv': shop.orders.length, 'ExportRefundList.csv': shop.cases.length },
  };
}

/** Douyin: UTF-8 with a BOM, "-" for empty cells. */
export function douyinExports(
  dir: string,
  opts: { lastDay: string; days: number; seed: number; ordersPerDay?: number },
): ExportSet {
  const shop = sampleShop(opts);
  const orders = writeBytes(dir, '抖店订单.csv', bom(douyinOrdersCsv(shop)));
  const cases = writeBytes(dir, '抖店售后.csv', bom(douyinAfterSalesCsv(shop)));
  return {
    shop,
    files: [orders, cases],
    rows: { '抖店订单.csv': shop.orders.length, '抖店售后.csv': shop.cases.length },
  };
}
