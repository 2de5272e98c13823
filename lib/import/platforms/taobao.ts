import type { PlatformSpec } from '../types';

/**
 * Taobao / Tmall (千牛). Orders: the classic ExportOrderList (GBK CSV) and newer Qianniu files;
 * refunds: 退款报表. The public Tmall order report (Tianchi) uses a subset of the classic columns.
 */
export const taobao: PlatformSpec = {
  id: 'taobao',
  name: { zh: '淘宝/天猫', en: 'Taobao/Tmall' },
  orders: {
    fields: {
      orderNo: ['订单编号', '订单号', '主订单编号'],
      paidAt: ['订单付款时间', '付款时间', '支付时间'],
      createdAt: ['订单创建时间', '创建时间'],
      shippedAt: ['发货时间'],
      receivedAt: ['确认收货时间', '交易成功时间', '订单完成时间'],
      status: ['订单状态'],
      amount: ['买家实际支付金额', '买家实付金额', '实付金额', '总金额'],
      product: ['宝贝标题', '商品标题', '标题'],
      courier: ['物流公司'],
    },
    required: ['orderNo', 'paidAt'],
    signature: [
      '订单付款时间',
      '买家实际支付金额',
      '买家应付货款',
      '宝贝标题',
      '宝贝种类',
      '宝贝总数量',
      '买家会员名',
      '买家支付宝账号',
      '确认收货打款金额',
      '买家实付金额',
      '支付单号',
      '订单关闭原因',
    ],
    lineItems: false,
    // The 子订单 export: one row per item, 主订单编号 the order, 标题 the product, the amount each item's share.
    lineItemMarkers: ['子订单编号'],
    unpaidStatuses: ['等待买家付款', '交易关闭(未付款)'],
  },
  afterSales: {
    fields: {
      caseNo: ['退款编号', '退款单号'],
      orderNo: ['订单编号', '订单号'],
      appliedAt: ['退款的申请时间', '退款申请时间', '申请时间'],
      completedAt: ['退款完结时间', '完结时间'],
      status: ['退款状态'],
      interventionStatus: ['客服介入状态', '小二介入状态'],
      interventionFlag: ['是否平台介入'],
      type: ['售后类型', '是否需要退货'],
      reason: ['买家退款原因', '退款原因'],
      product: ['宝贝标题', '商品标题'],
      deadlineAt: ['超时时间'],
      amount: ['买家退款金额', '退款总额', '退款金额'],
      responsible: ['责任方'],
    },
    required: ['orderNo', 'appliedAt'],
    signature: [
      '退款编号',
      '客服介入状态',
      '退款的申请时间',
      '买家退款金额',
      '手工退款/系统退款',
      '售中或售后',
      '支付宝交易号',
    ],
  },
  intervention: {
    noneValues: ['无客服介入', '不需客服介入', '不需要客服介入', '无需客服介入', '无', '否', '未介入'],
    statusMarkers: ['小二介入', '客服介入中', '客服已介入', '客服已经介入'],
    platformInitiatedMarkers: ['平台主动', '小二主动'],
  },
};
