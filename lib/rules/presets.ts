import type { PlatformId } from '../types';
import { all, defaults, estimateSource, on, PDD_PENALTIES } from './presetParts';
import { TAOBAO_PRESETS } from './taobaoPresets';
import type { RulePreset, RuleSettings } from './types';

/**
 * Platform presets. Where the platform publishes its numbers they are copied from the rule text;
 * elsewhere they are our estimate, labelled as such, for the merchant to replace with what their
 * own back end or account manager says. See the domain notes, section 2.
 */

export const PRESETS: readonly RulePreset[] = [
  {
    ...defaults,
    ...on,
    ...all,
    id: 'pdd-intervention',
    platform: 'pdd',
    name: { zh: '平台介入率/介入订单数持续偏高', en: 'Platform intervention rate and count persistently high' },
    base: 'orders',
    rate: 0.03,
    count: 10,
    combine: 'and',
    sustainDays: 3,
    penalties: PDD_PENALTIES,
    source: {
      text: {
        zh: '定义：拼多多公告（2017-12，多处转载）近30天平台介入率 = 近30天发生平台介入的售后订单数 / 近30天成团订单数（中可信度）；处罚与 1 天时长出自同一公告。“持续偏高”的阈值从未公开：3% 与 10 单为 Redline 估计。',
        en: 'Definition: Pinduoduo\'s notice (2017-12, reposted by several sites): 30-day intervention rate = after-sales orders with platform intervention in 30 days / group-formed orders in 30 days (medium confidence); the penalties and their 1-day durations come from the same notice. The "persistently high" threshold was never published: 3% and 10 orders are Redline\'s estimate.',
      },
      date: '2017-12',
      public: false,
      confidence: 'estimate',
    },
    why: {
      zh: '拼多多的同类规则（品质退款率、物流服务异常）按“比率与数量都持续高于类目均值 5 倍”处罚；后台的类目均值只有商家能看到。填入类目均值后可改用“5 倍类目均值”规则（默认关闭）。在此之前用固定的 3% 且 10 单，连续 3 天。',
      en: 'PDD\'s sibling rules (quality refund rate, logistics) punish a rate and a count both persistently above 5× the category average, which only the merchant\'s back end shows. Once you type it in, switch to the "5× category average" rule (off by default). Until then: a fixed 3% and 10 orders, 3 days in a row.',
    },
    notes: {
      zh: '计算口径（按支付/发货/签收日计订单，按申请/完结日计介入）未完全公开，可用校准比对后台数字。',
      en: 'Which orders and which intervention date count is not fully public; calibrate against the back end.',
    },
  },
  {
    ...defaults,
    ...all,
    enabledByDefault: false,
    id: 'pdd-intervention-category',
    platform: 'pdd',
    name: {
      zh: '平台介入率：类目均值 5 倍且持续偏高',
      en: 'Platform intervention rate: 5× the category average, persistently',
    },
    base: 'orders',
    rate: null,
    rateMultiple: 5,
    count: 10,
    combine: 'and',
    sustainDays: 3,
    penalties: PDD_PENALTIES,
    source: {
      text: {
        zh: '类比拼多多同类规则（品质退款率、物流服务异常：比率与数量都持续高于类目均值 5 倍）；介入率本身的阈值未公开。',
        en: "By analogy with PDD's sibling rules (quality refunds, logistics: rate and count both persistently above 5× the category average); the intervention rate's own threshold is not public.",
      },
      date: '2017-12',
      public: false,
      confidence: 'estimate',
    },
    why: {
      zh: '最有依据的默认值，但需要后台“售后数据”页显示的类目均值；没有填入时不给结论。',
      en: "The best-grounded default, but it needs the category average the back end's after-sales data page shows; without it no verdict is given.",
    },
    notes: null,
  },
  ...TAOBAO_PRESETS,
  {
    ...defaults,
    ...on,
    ...all,
    id: 'jd-intervention',
    platform: 'jd',
    name: { zh: '京东平台介入率（店铺星级·售后服务）', en: 'JD platform intervention rate (shop stars, after-sales)' },
    base: 'orders',
    rate: 0.01,
    count: 5,
    combine: 'and',
    sustainDays: 1,
    penalties: [{ name: { zh: '店铺星级下降', en: 'Shop star rating lowered' }, days: null }],
    source: estimateSource(
      '京东店铺星级含 30 天平台介入率（低可信度）。',
      'JD shop stars include a 30-day intervention rate (low confidence).',
    ),
    why: {
      zh: '京东不公开阈值；1% 且 5 单是估计。京东的 36 小时是商家首次回复纠纷单的期限（超时系统自动介入），不是协商期。',
      en: "JD publishes no threshold; 1% and 5 orders is an estimate. JD's 36 hours is the merchant's deadline for a first reply to a dispute (after it, JD steps in automatically), not a negotiation window.",
    },
    notes: null,
  },
  {
    ...defaults,
    ...on,
    ...all,
    id: 'douyin-help-rate',
    platform: 'douyin',
    name: { zh: '抖店平台求助率', en: 'Douyin platform help rate' },
    base: 'afterSalesOrders',
    rate: 0.05,
    count: 4,
    combine: 'and',
    floor: { base: 500, count: 3 },
    penalties: [{ name: { zh: '商家体验分扣分', en: 'Merchant experience score lowered' }, days: null }],
    source: {
      text: {
        zh: '抖店商家体验分·平台求助率（2026-07-14 起，平台规则原文）：升级平台的订单 / 向商家求助的订单，近 30 天；订单 < 500（旗舰店和指定高客单行业为 < 300）且求助 ≤ 3 时按 80 分计。扣分阈值未公开，5% 与 4 单为估计值。',
        en: 'Douyin merchant experience score, platform help rate (from 2026-07-14, rule text): orders escalated to the platform / orders where the buyer asked the merchant, 30 days; under 500 orders (300 for flagship stores and listed high-value industries) with ≤ 3 escalations scores 80. The scoring threshold is not public: 5% and 4 are estimates.',
      },
      date: '2026-07-14',
      public: false,
      confidence: 'estimate',
    },
    why: {
      zh: '定义与小店保护线照抄规则；小店保护线默认按普通店铺的 500 单，旗舰店或高客单行业请改为 300。扣分阈值是估计。2026-09-08 起单项分取消，硬性门槛在总体验分上。',
      en: "The definition and the small-shop floor are the rule text's; the floor defaults to 500 orders (other stores): flagship stores and listed high-value industries should set 300. The scoring threshold is an estimate. From 2026-09-08 per-indicator scores go; the hard lines are on the overall score.",
    },
    notes: {
      zh: '分母含只咨询人工客服的订单，导出表看不到，Redline 的数字是近似值。',
      en: "The base includes orders where the buyer only consulted human service, which exports do not show: Redline's figure approximates it.",
    },
  },
  {
    ...defaults,
    ...on,
    ...all,
    id: 'kuaishou-intervention',
    platform: 'kuaishou',
    name: { zh: '快手小店平台介入率', en: 'Kuaishou platform intervention rate' },
    base: 'orders',
    rate: 0.02,
    count: 5,
    combine: 'and',
    penalties: [
      { name: { zh: '店铺体验分下降、流量受限', en: 'Shop experience score lowered, less traffic' }, days: null },
    ],
    source: estimateSource('快手未公开任何相关规则。', 'Kuaishou publishes nothing on this.'),
    why: { zh: '没有任何公开数字；2% 且 5 单是估计。', en: 'Nothing is public; 2% and 5 orders is an estimate.' },
    notes: null,
  },
];

/** The presets of a platform, main rule first. */
export function presetsFor(platform: string): RulePreset[] {
  return PRESETS.filter((p) => p.platform === (platform as PlatformId));
}

export function findPreset(id: string): RulePreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The rate threshold in force, or null when it is a category multiple without the average. */
export function effectiveRate(s: Pick<RuleSettings, 'rate' | 'rateMultiple' | 'categoryAverage'>): number | null {
  if (s.rate !== null) return s.rate;
  if (s.rateMultiple !== null && s.categoryAverage !== null) return s.rateMultiple * s.categoryAverage;
  return null;
}
