import type { PlatformSpec } from '../types';

/** JD (京东商家). Orders: GBK CSV, one row per SKU. The after-sales export header is not public: API vocabulary. */
export const jd: PlatformSpec = {
  id: 'jd',
  name: { zh: '京东', en: 'JD' },
  orders: {
    fields: {
      orderNo: ['订单号', '订单编号'],
      paidAt: ['付款确认时间', '支付时间', '付款时间'],
      createdAt: ['下单时间'],
      shippedAt: ['出库时间', '发货时间'],
      receivedAt: ['订单完成时间', '完成时间'],
      status: ['订单状态'],
      amount: ['应付金额', '订单金额'],
      product: ['商品名称'],
      courier: ['快递公司', '承运商'],
    },
    required: ['orderNo', 'paidAt'],
    signature: ['付款确认时间', '京东价', '结算金额', '余额支付', '应付金额', '订购数量', '订单渠道'],
    lineItems: true,
    unpaidStatuses: ['等待付款', '待付款'],
  },
  afterSales: {
    fields: {
      caseNo: ['服务单号'],
      orderNo: ['订单号', '订单编号'],
      appliedAt: ['申请时间', '服务单申请时间', '提交时间'],
      completedAt: ['完成时间', '处理完成时间'],
      status: ['服务单状态', '处理状态', '审核结果'],
      interventionFlag: ['是否京东介入', '京东介入', '是否平台介入'],
      type: ['客户期望', '服务类型', '售后类型'],
      reason: ['问题描述', '申请原因', '售后原因'],
      product: ['商品名称'],
      deadlineAt: ['超时时间', '处理截止时间'],
      amount: ['退款金额'],
      responsible: ['纠纷责任方', '责任判定', '判责结果'],
    },
    required: ['orderNo', 'appliedAt'],
    signature: ['服务单号', '客户期望', '是否京东介入', '京东介入'],
  },
  intervention: {
    noneValues: [],
    statusMarkers: ['京东介入', '平台介入'],
    platformInitiatedMarkers: ['平台主动', '京东主动'],
  },
};
