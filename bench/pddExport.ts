/**
 * Writes a Pinduoduo order export (the 23-column form of domain.md) of any size, streamed to disk,
 * for the benchmark and for tests that need a file too large to import in an instant.
 */

import { once } from 'node:events';
import fs from 'node:fs';

export const PDD_HEADER =
  '订单成交时间,商品,订单号,订单状态,商品总价(元),邮费(元),店铺优惠折扣(元),平台优惠折扣(元),多多支付立减金额(元),用户实付金额(元),商家实收金额(元),商品数量(件),发货时间,确认收货时间,商品id,商品规格,样式ID,商家编码-规格维度,商家编码-商品维度,商家备注,售后状态,快递单号,快递公司';

const PRODUCTS = [
  '【爆款】加厚保温杯 316不锈钢 大容量',
  '儿童秋冬加绒卫衣 男童女童',
  '家用厨房收纳置物架 多层',
  '"网红" 零食大礼包, 一整箱',
  '无线蓝牙耳机 降噪 超长续航',
];
const STATUSES = ['已签收', '已发货，待签收', '待发货', '已收货', '已发货，退款成功', '已取消'];
const COURIERS = ['中通快递', '圆通速递', '韵达快递', '申通快递', '极兔速递'];

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Row i of the export: paid over a year of days, a few percent never paid. */
export function pddRow(i: number, startDay = Date.UTC(2024, 0, 1)): string {
  const t = new Date(startDay + ((i * 97) % (365 * 86400)) * 1000);
  const ts = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  const status = STATUSES[i % STATUSES.length];
  const paid = status === '已取消' ? '' : ts;
  const price = ((i % 5000) + 100) / 100;
  const product = PRODUCTS[i % PRODUCTS.length];
  const quoted = product.includes(',') || product.includes('"') ? `"${product.replace(/"/g, '""')}"` : product;
  return `${paid},${quoted},"\t${240101000000 + i}-${100000 + (i % 900000)}",${status},${price.toFixed(2)},0.00,0.00,0.00,0.00,${price.toFixed(2)},${price.toFixed(2)},1,${paid},,${600000 + (i % 1000)},默认规格,${i % 97},SKU-${i % 500},SPU-${i % 50},,无售后或售后取消,YT${7000000000 + i},${COURIERS[i % COURIERS.length]}`;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * A permutation of 0…n-1 (i -> i·m + c mod n, m coprime with n): rows come out of time and
 * order-number order, as merchants' exports often do.
 */
export function shuffled(n: number): (k: number) => number {
  let m = 7919;
  while (gcd(m, n) !== 1) m += 2;
  return (k) => (k * m + 13) % n;
}

/** Rows in shuffled order, product names quoted where they hold commas or quotes, IDs quoted with a leading tab. */
export async function writePddExport(file: string, orders: number): Promise<number> {
  const out = fs.createWriteStream(file);
  const at = shuffled(orders);
  let chunk = `${PDD_HEADER}\r\n`;
  for (let k = 0; k < orders; k++) {
    chunk += `${pddRow(at(k))}\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return fs.statSync(file).size;
}
