/**
 * A sample shop written out as each platform's export (headers as in the domain notes, §3). These
 * go through the real import, so they must look like what the back ends write.
 */
import { rowOf, toCsv } from './csv';
import type { SampleShop } from './model';

const money = (y: number) => y.toFixed(2);

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
export const DOUYIN_ORDER_HEADER =
  '主订单编号,子订单编号,支付方式,选购商品,货号,商品ID,商家编码,商品数量,商品金额,订单提交时间,支付完成时间,订单完成时间,订单状态,取消原因,售后状态,订单类型,发货时间'.split(
    ',',
  );
export const DOUYIN_AFTER_SALES_HEADER =
  '售后单号,订单号,商品单号,商品名称,商品ID,应付金额（元）,售后类型,退商品金额（元）,售后状态,售后申请时间,售后原因,自动处理截止时间,同意售后申请时间,售后关闭时间,仲裁状态,纠纷责任方,是否极速退款,售后完结时间'.split(
    ',',
  );

/** PDD writes long numbers with a leading tab so Excel keeps them as text. */
const pddId = (s: string) => `\t${s}`;

export function pddOrdersCsv(shop: SampleShop): string {
  const caseOf = new Map(shop.cases.map((c) => [c.orderNo, c]));
  return toCsv([
    PDD_ORDER_HEADER,
    ...shop.orders.map((o) => {
      const c = caseOf.get(o.orderNo);
      return rowOf(PDD_ORDER_HEADER, {
        订单成交时间: o.paidAt,
        商品: o.product,
        订单号: pddId(o.orderNo),
        订单状态:
          c && !c.open ? '已发货，退款成功' : o.receivedAt ? '已收货' : o.shippedAt ? '已发货，待签收' : '待发货',
        '商品总价(元)': money(o.amountYuan),
        '邮费(元)': '0.00',
        '用户实付金额(元)': money(o.amountYuan),
        '商家实收金额(元)': money(o.amountYuan * 0.994),
        '商品数量(件)': '1',
        发货时间: o.shippedAt ?? '',
        确认收货时间: o.receivedAt ?? '',
        售后状态: c ? (c.open ? '售后处理中' : '退款成功') : '无售后或售后取消',
        快递公司: o.courier,
      });
    }),
  ]);
}

export function pddAfterSalesCsv(shop: SampleShop): string {
  return toCsv([
    PDD_AFTER_SALES_HEADER,
    ...shop.cases.map((c) =>
      rowOf(PDD_AFTER_SALES_HEADER, {
        售后编号: pddId(c.caseNo),
        订单编号: pddId(c.orderNo),
        交易金额: money(c.refundYuan),
        退款金额: money(c.refundYuan),
        售后状态: c.intervened ? (c.open ? '平台处理中' : '平台同意退款，退款中') : c.open ? '售后处理中' : '退款成功',
        订单状态: '已发货',
        售后类型: c.type,
        申请时间: c.appliedAt,
        同意退款时间: c.completedAt ?? '',
        售后原因: c.reason,
        超时时间: c.deadlineAt ?? '',
      }),
    ),
  ]);
}

/** The classic ExportOrderList. Encode it as GBK to be exactly what Taobao writes. */
export function taobaoOrdersCsv(shop: SampleShop): string {
  return toCsv([
    TAOBAO_ORDER_HEADER,
    ...shop.orders.map((o, i) =>
      rowOf(TAOBAO_ORDER_HEADER, {
        订单编号: o.orderNo.replace(/\D/g, ''),
        买家会员名: `buyer${i}`,
        买家应付货款: money(o.amountYuan),
        总金额: money(o.amountYuan),
        买家实际支付金额: money(o.amountYuan),
        订单状态: o.receivedAt ? '交易成功' : '卖家已发货，等待买家确认',
        订单创建时间: o.paidAt,
        订单付款时间: o.paidAt,
        宝贝标题: o.product,
        物流公司: o.courier,
        宝贝总数量: '1',
      }),
    ),
  ]);
}

export function taobaoRefundsCsv(shop: SampleShop): string {
  return toCsv([
    TAOBAO_REFUND_HEADER,
    ...shop.cases.map((c) =>
      rowOf(TAOBAO_REFUND_HEADER, {
        订单编号: c.orderNo.replace(/\D/g, ''),
        退款编号: c.caseNo,
        宝贝标题: c.product,
        买家退款金额: money(c.refundYuan),
        退款的申请时间: c.appliedAt,
        退款完结时间: c.completedAt ?? '',
        超时时间: c.deadlineAt ?? '',
        退款状态: c.open ? '退款待处理' : '退款成功',
        客服介入状态: c.intervened ? (c.open ? '客服已经介入' : '客服处理完成') : '无客服介入',
        买家退款原因: c.reason,
        是否需要退货: c.type === '退货退款' ? '是' : '否',
        售中或售后: '售后',
      }),
    ),
  ]);
}

/** Douyin: UTF-8 with BOM (added by the caller), one row per sub-order, "-" for empty cells. */
export function douyinOrdersCsv(shop: SampleShop): string {
  return toCsv([
    DOUYIN_ORDER_HEADER,
    ...shop.orders.map((o) =>
      rowOf(
        DOUYIN_ORDER_HEADER,
        {
          主订单编号: o.orderNo.replace(/\D/g, ''),
          子订单编号: `${o.orderNo.replace(/\D/g, '')}1`,
          支付方式: '抖音支付',
          选购商品: o.product,
          商品数量: '1',
          商品金额: money(o.amountYuan),
          订单提交时间: o.paidAt,
          支付完成时间: o.paidAt,
          订单完成时间: o.receivedAt ?? '-',
          订单状态: o.receivedAt ? '已完成' : '已发货',
          发货时间: o.shippedAt ?? '-',
        },
        '-',
      ),
    ),
  ]);
}

export function douyinAfterSalesCsv(shop: SampleShop): string {
  return toCsv([
    DOUYIN_AFTER_SALES_HEADER,
    ...shop.cases.map((c) =>
      rowOf(
        DOUYIN_AFTER_SALES_HEADER,
        {
          售后单号: c.caseNo,
          订单号: c.orderNo.replace(/\D/g, ''),
          商品名称: c.product,
          售后类型: c.type,
          '退商品金额（元）': money(c.refundYuan),
          售后状态: c.open ? '待商家处理' : '退款成功',
          售后申请时间: c.appliedAt,
          售后原因: c.reason,
          自动处理截止时间: c.deadlineAt ?? '-',
          仲裁状态: c.intervened ? (c.open ? '仲裁中' : '客服同意') : '无仲裁记录',
          售后完结时间: c.completedAt ?? '-',
        },
        '-',
      ),
    ),
  ]);
}
