import type { PlatformSpec } from '../types';

/** Pinduoduo merchant back end (商家后台). Orders: CSV; after-sales: usually xlsx, sheet "售后信息". */
export const pdd: PlatformSpec = {
  id: 'pdd',
  name: { zh: '拼多多', en: 'Pinduoduo' },
  orders: {
    fields: {
      orderNo: ['订单号', '订单编号'],
      // Older files say 支付时间 where newer ones say 订单成交时间 (which can be blank).
      paidAt: ['订单成交时间', '支付时间', '成交时间'],
      createdAt: ['订单创建时间', '下单时间'],
      shippedAt: ['发货时间'],
      receivedAt: ['确认收货时间'],
      status: ['订单状态'],
      amount: ['用户实付金额(元)', '用户实付金额', '商家实收金额(元)'],
      product: ['商品', '商品名称'],
      courier: ['快递公司', '物流公司'],
    },
    required: ['orderNo', 'paidAt'],
    signature: [
      '用户实付金额(元)',
      '商家实收金额(元)',
      '多多支付立减金额(元)',
      '平台优惠折扣(元)',
      '订单成交时间',
      '样式ID',
      '商家编码-规格维度',
    ],
    lineItems: false,
    unpaidStatuses: ['待支付', '未支付', '待付款'],
  },
  afterSales: {
    fields: {
      caseNo: ['售后编号', '售后单号'],
      orderNo: ['订单编号', '订单号'],
      appliedAt: ['申请时间', '售后申请时间'],
      completedAt: ['售后完结时间', '退款成功时间', '同意退款时间'],
      status: ['售后状态'],
      interventionFlag: ['是否平台介入'],
      type: ['售后类型', '退款类型'],
      reason: ['售后原因', '退款原因'],
      product: ['商品名称', '商品'],
      deadlineAt: ['超时时间'],
      amount: ['退款金额', '退款金额(元)'],
      responsible: ['责任方'],
    },
    required: ['orderNo', 'appliedAt'],
    signature: ['售后编号', '同意退款人', '快递拦截状态', '超时时间', '退货运单号'],
  },
  intervention: {
    noneValues: [],
    // 平台处理中, 平台同意退款，退款中, 平台拒绝退款，退款关闭, …平台介入…
    statusMarkers: ['平台处理', '平台同意', '平台拒绝', '平台介入', '平台已介入', '平台判定', '平台仲裁'],
    platformInitiatedMarkers: ['平台主动'],
  },
};
