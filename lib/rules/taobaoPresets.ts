import { all, defaults, estimateSource, on } from './presetParts';
import type { RulePreset } from './types';

/** Taobao/Tmall: the dispute refund rate and its companions (see the domain notes, section 2). */
export const TAOBAO_PRESETS: readonly RulePreset[] = [
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
];
