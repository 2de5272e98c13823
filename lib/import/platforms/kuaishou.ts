import type { PlatformSpec } from '../types';

/**
 * Kuaishou (快手小店). No export format is public beyond the order-number column
 * (快手订单编号 / 订单号 / 订单编号); the rest follows the common wording of the other platforms
 * and can be forced with --platform kuaishou.
 */
export const kuaishou: PlatformSpec = {
  id: 'kuaishou',
  name: { zh: '快手小店', en: 'Kuaishou' },
  orders: {
    fields: {
      orderNo: ['快手订单编号', '订单号', '订单编号'],
      paidAt: ['支付时间', '付款时间', '订单支付时间'],
      createdAt: ['订单创建时间', '下单时间'],
      shippedAt: ['发货时间'],
      receivedAt: ['收货时间', '确认收货时间', '订单完成时间'],
      status: ['订单状态'],
      amount: ['实付款', '实付金额', '订单金额'],
      product: ['商品名称', '商品标题'],
      courier: ['快递公司', '物流公司'],
    },
    required: ['orderNo', 'paidAt'],
    signature: ['快手订单编号', '实付款'],
    lineItems: false,
    unpaidStatuses: ['待付款', '未支付'],
  },
  afterSales: {
    fields: {
      caseNo: ['售后单号', '退款单号', '售后编号'],
      orderNo: ['快手订单编号', '订单号', '订单编号'],
      appliedAt: ['申请时间', '售后申请时间'],
      completedAt: ['完结时间', '售后完结时间'],
      status: ['售后状态', '退款状态'],
      interventionStatus: ['平台介入状态', '客服介入状态'],
      interventionFlag: ['是否平台介入', '平台是否介入'],
      type: ['售后类型', '退款类型'],
      reason: ['售后原因', '退款原因'],
      product: ['商品名称', '商品标题'],
      deadlineAt: ['超时时间', '处理截止时间'],
      amount: ['退款金额'],
      responsible: ['责任方'],
    },
    required: ['orderNo', 'appliedAt'],
    signature: ['快手订单编号', '平台介入状态', '平台是否介入'],
  },
  intervention: {
    noneValues: ['未介入', '无', '否', '无平台介入'],
    statusMarkers: ['平台介入', '平台处理', '客服介入'],
    platformInitiatedMarkers: ['平台主动'],
  },
};
