/** Export headers as the platforms write them (see domain.md §3), and a row builder by column name. */

export {
  DOUYIN_AFTER_SALES_HEADER,
  DOUYIN_ORDER_HEADER,
  PDD_AFTER_SALES_HEADER,
  PDD_ORDER_HEADER,
  TAOBAO_ORDER_HEADER,
  TAOBAO_REFUND_HEADER,
} from '@/lib/sample/writers';

export const JD_ORDER_HEADER =
  '订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,订单类型,付款确认时间,订单完成时间,订单来源,订单渠道'.split(
    ',',
  );

export const JD_AFTER_SALES_HEADER = '服务单号,订单号,商品名称,客户期望,申请时间,服务单状态,是否京东介入'.split(',');

export const KUAISHOU_ORDER_HEADER = '快手订单编号,商品名称,订单状态,支付时间,实付款,快递公司'.split(',');

/** A row in the header's column order; columns not given are empty (or `fill`). */
export function row(header: readonly string[], values: Record<string, string>, fill = ''): string[] {
  const names = header.map((h) => h.trim());
  for (const k of Object.keys(values)) if (!names.includes(k)) throw new Error(`no column ${k}`);
  return names.map((h) => values[h] ?? fill);
}
