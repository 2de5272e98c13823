import type { PlatformId } from '../types';
import type { RulePreset, RuleSettings } from './types';

/**
 * Platform presets. Where the platform publishes its numbers they are copied from the rule text;
 * elsewhere they are our estimate, labelled as such, for the merchant to replace with what their
 * own back end or account manager says. See the domain notes, section 2.
 */

const defaults: Omit<RuleSettings, 'rate' | 'count' | 'combine'> = {
  windowDays: 30,
  rateMultiple: null,
  categoryAverage: null,
  sustainDays: 1,
  watch: 0.8,
  floor: null,
};

const on = { enabledByDefault: true };

const estimateSource = (zh: string, en: string) => ({
  text: { zh: `估计值：平台未公开阈值。${zh}`, en: `Estimate: the platform does not publish the threshold. ${en}` },
  date: null,
  public: false,
  confidence: 'estimate' as const,
});

const all = { reasons: null };

/** PDD's two 1-day penalties (its 2017-12 notice); the intervention rules share them. */
const PDD_PENALTIES = [
  { name: { zh: '移除资源位、禁止上新', en: 'Removed from promotion slots, no new listings' }, days: 1 },
  { name: { zh: '全店商品降权', en: 'Store-wide search demotion' }, days: 1 },
];
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
  {
    ...defaults,
    ...on,
    ...all,
    id: 'taobao-dispute-refund',
    platform: 'taobao',
    name: { zh: '淘宝/天猫纠纷退款率', en: 'Taobao/Tmall dispute refund rate' },
    base: 'orders',
    rate: 0.01,
    count: 5,
    combine: 'and',
    penalties: [{ name: { zh: '搜索降权（估计）', en: 'Search demotion (estimate)' }, days: null }],
    source: estimateSource(
      '纠纷退款率 = 近 30 天平台介入且判商家责任的退款 / 支付订单（中低可信度）；没有公开的降权阈值。',
      'Dispute refund rate = refunds Taobao intervened in and ruled against the merchant, 30 days / paid orders (low–medium confidence); no public number triggers demotion.',
    ),
    why: {
      zh: '没有公开数字触发降权；1% 且 5 单是偏早提醒的估计。',
      en: 'No public number triggers demotion; 1% and 5 orders is an estimate meant to warn early.',
    },
    notes: {
      zh: 'Redline 计所有平台介入订单（不论判责），偏保守；淘宝按子订单计分母，约滞后 2 天。',
      en: 'Redline counts every intervention order whatever the ruling, so it errs on the safe side; Taobao divides by line items and lags about 2 days.',
    },
  },
  {
    ...defaults,
    enabledByDefault: false,
    id: 'tmall-fresh-date',
    platform: 'taobao',
    name: { zh: '天猫新鲜日期服务：退款转纠纷', en: 'Tmall fresh-date service: refunds escalated to disputes' },
    base: 'afterSalesOrders',
    reasons: ['新鲜日期与商家承诺不符'],
    rate: 0.05,
    count: 5,
    combine: 'and',
    penalties: [{ name: { zh: '取消新鲜日期服务', en: 'Fresh-date service withdrawn' }, days: null }],
    source: {
      text: {
        zh: '天猫新鲜日期服务规则：退款转纠纷率 ≥ 5% 且纠纷数 ≥ 5 时取消服务，只计退款原因为“新鲜日期与商家承诺不符”的退款，限已报名的店铺',
        en: 'Tmall fresh-date service rule: withdrawn when the refund→dispute rate ≥ 5% and disputes ≥ 5, counting only refunds with the reason 新鲜日期与商家承诺不符, for enrolled shops',
      },
      date: '2026-06-08',
      public: true,
      confidence: 'H',
    },
    why: {
      zh: '数字照抄规则原文；只对报名该服务的店铺有意义，所以默认关闭。只计该退款原因的售后，计所有介入并不能近似它。',
      en: "The numbers are the rule text's own. It only concerns shops enrolled in the service, so it starts off. Only cases with that refund reason count; counting every intervention does not approximate it.",
    },
    notes: {
      zh: '比率按有该原因售后的订单计；平台介入订单近似为纠纷。',
      en: 'The rate is over orders with a case of that reason; intervention orders stand in for disputes.',
    },
  },
  {
    ...defaults,
    ...all,
    enabledByDefault: false,
    id: 'taobao-global-buy',
    platform: 'taobao',
    name: {
      zh: '淘宝全球购（买手市场）：商责纠纷退款',
      en: 'Taobao Global Buy (buyer market): merchant-responsible dispute refunds',
    },
    base: 'orders',
    rate: null,
    rateMultiple: 5,
    // "Kept while count ≤ 3": the line is reached at 4.
    count: 4,
    combine: 'and',
    penalties: [{ name: { zh: '清退全球购', en: 'Removed from Global Buy' }, days: null }],
    source: {
      text: {
        zh: '淘宝全球购规则 20010258 / 20003873：买手市场商责纠纷退款率 ≤ 类目均值 5 倍或笔数 ≤ 3 方可保留，否则清退',
        en: 'Taobao Global Buy rules 20010258 / 20003873: in the buyer market a seller is kept only while the merchant-responsible dispute refund rate ≤ 5× the category average or the count ≤ 3',
      },
      date: '2026-06',
      public: true,
      confidence: 'H',
    },
    why: {
      zh: '数字照抄规则原文；只适用于全球购买手，所以默认关闭。需要后台显示的类目均值。',
      en: "The numbers are the rule text's own. Only Global Buy buyer-market sellers are concerned, so it starts off. It needs the category average the back end shows.",
    },
    notes: {
      zh: '请填入后台显示的类目均值；规则只计商家责任的纠纷，Redline 计所有平台介入订单，偏保守。',
      en: 'Type in the category average from the back end. The rule counts merchant-responsible disputes only; Redline counts every intervention order, so it errs on the safe side.',
    },
  },
  {
    ...defaults,
    ...all,
    enabledByDefault: false,
    id: 'taobao-global-buy-shop',
    platform: 'taobao',
    name: {
      zh: '淘宝全球购（店铺市场）：商责纠纷退款',
      en: 'Taobao Global Buy (shop market): merchant-responsible dispute refunds',
    },
    base: 'orders',
    rate: null,
    rateMultiple: 3,
    // "Kept while count < 2": the line is reached at 2.
    count: 2,
    combine: 'and',
    penalties: [{ name: { zh: '清退全球购', en: 'Removed from Global Buy' }, days: null }],
    source: {
      text: {
        zh: '淘宝全球购规则 20010258 / 20003873：店铺市场更严，商责纠纷退款率 ≤ 类目均值 3 倍或笔数 < 2 方可保留',
        en: 'Taobao Global Buy rules 20010258 / 20003873: the shop market is stricter, kept only while the rate ≤ 3× the category average or the count < 2',
      },
      date: '2026-06',
      public: true,
      confidence: 'H',
    },
    why: {
      zh: '数字照抄规则原文；只适用于全球购店铺，所以默认关闭。需要后台显示的类目均值。',
      en: "The numbers are the rule text's own. Only Global Buy shop-market sellers are concerned, so it starts off. It needs the category average the back end shows.",
    },
    notes: {
      zh: '请填入后台显示的类目均值；Redline 计所有平台介入订单，偏保守。',
      en: 'Type in the category average from the back end; Redline counts every intervention order, so it errs on the safe side.',
    },
  },
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
