/** Export headers as the platforms write them (see domain.md §3), and a row builder by column name. */

export const PDD_ORDER_HEADER =
  '订单成交时间,商品,订单号,订单状态,商品总价(元),邮费(元),店铺优惠折扣(元),平台优惠折扣(元),多多支付立减金额(元),用户实付金额(元),商家实收金额(元),商品数量(件),发货时间,确认收货时间,商品id,商品规格,样式ID,商家编码-规格维度,商家编码-商品维度,商家备注,售后状态,快递单号,快递公司'.split(
    ',',
  );

export const PDD_AFTER_SALES_HEADER =
  '售后编号,订单编号,交易金额,退款金额,售后状态,订单状态,售后类型,申请时间,同意退款时间,售后原因,售后描述,商品ID,超时时间,退货运单号,货物状态,同意退款人,快递拦截状态'.split(
    ',',
  );

export const TAOBAO_ORDER_HEADER =
  '订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间 ,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因'.split(
    ',',
  );

export const TAOBAO_REFUND_HEADER =
  '订单编号,退款编号,支付宝交易号,订单付款时间,商家编码,退款完结时间,买家会员名称,买家实际支付金额,宝贝标题,买家退款金额,手工退款/系统退款,是否需要退货,退款的申请时间,超时时间,退款状态,货物状态,退货物流信息,发货物流信息,客服介入状态,买家退款原因,买家退款说明,责任方,售中或售后'.split(
    ',',
  );

export const JD_ORDER_HEADER =
  '订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,订单类型,付款确认时间,订单完成时间,订单来源,订单渠道'.split(
    ',',
  );

export const JD_AFTER_SALES_HEADER = '服务单号,订单号,商品名称,客户期望,申请时间,服务单状态,是否京东介入'.split(',');

export const DOUYIN_ORDER_HEADER =
  '主订单编号,子订单编号,支付方式,选购商品,货号,商品ID,商家编码,商品数量,商品金额,订单提交时间,支付完成时间,订单完成时间,订单状态,取消原因,售后状态,订单类型,发货时间'.split(
    ',',
  );

export const DOUYIN_AFTER_SALES_HEADER =
  '售后单号,订单号,商品单号,商品名称,商品ID,应付金额（元）,售后类型,退商品金额（元）,售后状态,售后申请时间,售后原因,自动处理截止时间,同意售后申请时间,售后关闭时间,仲裁状态,纠纷责任方,是否极速退款,售后完结时间'.split(
    ',',
  );

export const KUAISHOU_ORDER_HEADER = '快手订单编号,商品名称,订单状态,支付时间,实付款,快递公司'.split(',');

/** A row in the header's column order; columns not given are empty (or `fill`). */
export function row(header: readonly string[], values: Record<string, string>, fill = ''): string[] {
  const names = header.map((h) => h.trim());
  for (const k of Object.keys(values)) if (!names.includes(k)) throw new Error(`no column ${k}`);
  return names.map((h) => values[h] ?? fill);
}
