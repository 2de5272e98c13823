import type { RulePlatform, RulePreset, RuleSettings } from './types';

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

export const PRESETS: readonly RulePreset[] = [
  {
    ...defaults,
    ...on,
    id: 'pdd-intervention',
    platform: 'pdd',
    name: { zh: '平台介入率/介入订单数持续偏高', en: 'Platform intervention rate and count persistently high' },
    base: 'orders',
    rate: 0.03,
    count: 10,
    combine: 'and',
    sustainDays: 3,
    penalties: [
      { name: { zh: '移除资源位、禁止上新', en: 'Removed from promotion slots, no new listings' }, days: 1 },
      { name: { zh: '全店商品降权', en: 'Store-wide search demotion' }, days: 1 },
    ],
    source: estimateSource(
      '拼多多只说“持续偏高”时限制店铺；处罚与 1 天时长来自商家指南（低可信度）。',
      'Pinduoduo only says "persistently high"; the penalties and their 1-day durations come from a merchant guide (low confidence).',
    ),
    notes: {
      zh: '计算口径（按支付/发货/签收日计订单，按申请/完结日计介入）未公开，可用校准比对后台数字。',
      en: 'Which orders and which intervention date count is not public; calibrate against the back end.',
    },
  },
  {
    ...defaults,
    ...on,
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
    notes: {
      zh: 'Redline 计所有平台介入订单（不论判责），偏保守。',
      en: 'Redline counts every intervention order whatever the ruling, so it errs on the safe side.',
    },
  },
  {
    ...defaults,
    ...on,
    id: 'tmall-fresh-date',
    platform: 'taobao',
    name: { zh: '天猫新鲜日期服务：退款转纠纷', en: 'Tmall fresh-date service: refunds escalated to disputes' },
    base: 'afterSalesOrders',
    rate: 0.05,
    count: 5,
    combine: 'and',
    penalties: [{ name: { zh: '取消新鲜日期服务', en: 'Fresh-date service withdrawn' }, days: null }],
    source: {
      text: { zh: '天猫新鲜日期服务规则：退款转纠纷率 ≥ 5% 且纠纷数 ≥ 5 时取消服务', en: 'Tmall fresh-date service rule: withdrawn when refund→dispute rate ≥ 5% and disputes ≥ 5' },
      date: null,
      public: true,
      confidence: 'H',
    },
    notes: {
      zh: '比率按有售后的订单计；平台介入订单近似为纠纷。',
      en: 'The rate is over orders with an after-sales case; intervention orders stand in for disputes.',
    },
  },
  {
    ...defaults,
    enabledByDefault: false,
    id: 'taobao-global-buy',
    platform: 'taobao',
    name: { zh: '淘宝全球购：商责纠纷退款', en: 'Taobao Global Buy: merchant-responsible dispute refunds' },
    base: 'orders',
    rate: null,
    rateMultiple: 5,
    // "Removed unless count ≤ 3": the line is reached at 4.
    count: 4,
    combine: 'and',
    penalties: [{ name: { zh: '清退全球购', en: 'Removed from Global Buy' }, days: null }],
    source: {
      text: {
        zh: '淘宝全球购规则：商责纠纷退款率 ≤ 类目均值 5 倍或笔数 ≤ 3 方可保留，否则清退',
        en: 'Taobao Global Buy rule: kept only while the merchant-responsible dispute refund rate ≤ 5× category average or count ≤ 3',
      },
      date: null,
      public: true,
      confidence: 'H',
    },
    notes: {
      zh: '请填入后台显示的类目均值；规则只计商家责任的纠纷，Redline 计所有平台介入订单，偏保守。',
      en: 'Type in the category average from the back end. The rule counts merchant-responsible disputes only; Redline counts every intervention order, so it errs on the safe side.',
    },
  },
  {
    ...defaults,
    ...on,
    id: 'jd-intervention',
    platform: 'jd',
    name: { zh: '京东平台介入率（店铺星级·售后服务）', en: 'JD platform intervention rate (shop stars, after-sales)' },
    base: 'orders',
    rate: 0.01,
    count: 5,
    combine: 'and',
    sustainDays: 1,
    penalties: [{ name: { zh: '店铺星级下降', en: 'Shop star rating lowered' }, days: null }],
    source: estimateSource('京东店铺星级含 30 天平台介入率（低可信度）。', 'JD shop stars include a 30-day intervention rate (low confidence).'),
    notes: null,
  },
  {
    ...defaults,
    ...on,
    id: 'douyin-help-rate',
    platform: 'douyin',
    name: { zh: '抖店平台求助率', en: 'Douyin platform help rate' },
    base: 'afterSalesOrders',
    rate: 0.05,
    count: 4,
    combine: 'and',
    floor: { base: 300, count: 3 },
    penalties: [{ name: { zh: '商家体验分扣分', en: 'Merchant experience score lowered' }, days: null }],
    source: {
      text: {
        zh: '抖店商家体验分·平台求助率（2026-07-14 起）：升级平台的订单 / 向商家求助的订单，近 30 天；订单 < 300 且求助 ≤ 3 时按 80 分计。扣分阈值未公开，为估计值。',
        en: 'Douyin merchant experience score, platform help rate (from 2026-07-14): orders escalated to the platform / orders where the buyer asked the merchant, 30 days; under 300 orders with ≤ 3 escalations scores 80. The scoring threshold is not public: estimate.',
      },
      date: '2026-07-14',
      public: false,
      confidence: 'estimate',
    },
    notes: {
      zh: '定义已公开，阈值未公开。',
      en: 'The definition is public, the threshold is not.',
    },
  },
  {
    ...defaults,
    ...on,
    id: 'kuaishou-intervention',
    platform: 'kuaishou',
    name: { zh: '快手小店平台介入率', en: 'Kuaishou platform intervention rate' },
    base: 'orders',
    rate: 0.02,
    count: 5,
    combine: 'and',
    penalties: [{ name: { zh: '店铺体验分下降、流量受限', en: 'Shop experience score lowered, less traffic' }, days: null }],
    source: estimateSource('快手未公开任何相关规则。', 'Kuaishou publishes nothing on this.'),
    notes: null,
  },
];

/** The presets of a platform, main rule first. */
export function presetsFor(platform: string): RulePreset[] {
  return PRESETS.filter((p) => p.platform === (platform as RulePlatform));
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
