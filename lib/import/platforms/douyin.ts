import type { PlatformSpec } from '../types';

/** Douyin (抖店). UTF-8 with BOM; orders one row per 子订单 (主订单编号 repeats); empty cells are "-". */
export const douyin: PlatformSpec = {
  id: 'douyin',
  name: { zh: '抖店', en: 'Douyin' },
  orders: {
    fields: {
      orderNo: ['主订单编号'],
      paidAt: ['支付完成时间', '支付时间'],
      createdAt: ['订单提交时间'],
      shippedAt: ['发货时间'],
      receivedAt: ['订单完成时间'],
      status: ['订单状态'],
      amount: ['订单应付金额', '商品金额'],
      product: ['选购商品', '商品名称'],
      courier: ['快递公司', '物流公司'],
    },
    required: ['orderNo', 'paidAt'],
    signature: ['主订单编号', '子订单编号', '选购商品', '支付完成时间', '订单提交时间', '商品单号'],
    lineItems: true,
    unpaidStatuses: ['待支付', '未支付'],
  },
  afterSales: {
    fields: {
      caseNo: ['售后单号'],
      orderNo: ['订单号', '主订单编号'],
      appliedAt: ['售后申请时间', '申请时间'],
      completedAt: ['售后完结时间', '售后关闭时间'],
      status: ['售后状态'],
      interventionStatus: ['仲裁状态'],
      interventionFlag: ['是否平台介入'],
      type: ['售后类型'],
      reason: ['售后原因'],
      product: ['商品名称'],
      deadlineAt: ['自动处理截止时间'],
      amount: ['退商品金额（元）', '退商品金额(元)', '退款金额'],
      responsible: ['纠纷责任方'],
    },
    required: ['orderNo', 'appliedAt'],
    signature: [
      '售后单号',
      '仲裁状态',
      '纠纷责任方',
      '自动处理截止时间',
      '是否极速退款',
      '退商品金额（元）',
      '商品单号',
    ],
  },
  intervention: {
    noneValues: ['无仲裁记录', '无', '否'],
    statusMarkers: ['平台介入', '仲裁'],
    platformInitiatedMarkers: ['平台主动'],
  },
};
