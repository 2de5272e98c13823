import { formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { ShopRule } from './types';

const pct = (r: number) => formatRate(r, 'en');

/** The line in words, e.g. "rate ≥ 3% and count ≥ 10, 3 days in a row". */
export function describeLine(rule: ShopRule, lang: Lang): string {
  const parts: string[] = [];
  const base =
    rule.base === 'orders' ? '' : lang === 'zh' ? '（按有售后的订单）' : ' (of orders with an after-sales case)';
  if (rule.rate !== null) parts.push((lang === 'zh' ? `比率 ≥ ${pct(rule.rate)}` : `rate ≥ ${pct(rule.rate)}`) + base);
  else if (rule.rateMultiple !== null) {
    const avg =
      rule.categoryAverage === null
        ? lang === 'zh'
          ? '类目均值未填'
          : 'category average not entered'
        : pct(rule.categoryAverage);
    const eff = rule.effectiveRate === null ? '' : ` = ${pct(rule.effectiveRate)}`;
    parts.push(
      lang === 'zh'
        ? `比率 ≥ ${rule.rateMultiple} × 类目均值（${avg}）${eff}${base}`
        : `rate ≥ ${rule.rateMultiple} × category average (${avg})${eff}${base}`,
    );
  }
  if (rule.count !== null) parts.push(lang === 'zh' ? `介入订单数 ≥ ${rule.count}` : `count ≥ ${rule.count}`);
  const joiner = rule.combine === 'and' ? (lang === 'zh' ? ' 且 ' : ' and ') : lang === 'zh' ? ' 或 ' : ' or ';
  let text = parts.length ? parts.join(joiner) : lang === 'zh' ? '无阈值' : 'no threshold';
  text +=
    lang === 'zh'
      ? `，${rule.windowDays} 天窗口，连续 ${rule.sustainDays} 天处罚，关注线 ${pct(rule.watch)}`
      : `, ${rule.windowDays}-day window, penalty after ${rule.sustainDays} day(s) in a row, watch at ${pct(rule.watch)}`;
  if (rule.floor) {
    text +=
      lang === 'zh'
        ? `；小店保护：基数 < ${rule.floor.base} 且介入 ≤ ${rule.floor.count} 时不算超线`
        : `; small-shop floor: not over while base < ${rule.floor.base} and count ≤ ${rule.floor.count}`;
  }
  return text;
}

export function describeSource(rule: ShopRule, lang: Lang): string {
  const pub = rule.source.public ? (lang === 'zh' ? '公开' : 'public') : lang === 'zh' ? '未公开' : 'not public';
  const date = rule.source.date ? ` (${rule.source.date})` : '';
  return `${rule.source.text[lang]}${date} [${pub}, ${rule.source.confidence}]`;
}

export function describePenalties(rule: ShopRule, lang: Lang): string {
  return rule.penalties
    .map(
      (p) =>
        `${p.name[lang]} ${p.days === null ? (lang === 'zh' ? '（时长未公开）' : '(duration not stated)') : lang === 'zh' ? `${p.days} 天` : `${p.days} day(s)`}`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}

/** A rule as the command line and the API hand it out: the shop's numbers with where they come from. */
export function ruleJson(rule: ShopRule) {
  return {
    id: rule.presetId,
    platform: rule.platform,
    name: rule.name,
    main: rule.main,
    enabled: rule.enabled,
    edited: rule.edited,
    updatedAt: rule.updatedAt,
    base: rule.base,
    windowDays: rule.windowDays,
    rate: rule.rate,
    rateMultiple: rule.rateMultiple,
    categoryAverage: rule.categoryAverage,
    effectiveRate: rule.effectiveRate,
    needsCategoryAverage: rule.needsCategoryAverage,
    count: rule.count,
    combine: rule.combine,
    sustainDays: rule.sustainDays,
    watch: rule.watch,
    floor: rule.floor,
    penalties: rule.penalties,
    public: rule.source.public,
    confidence: rule.source.confidence,
    source: rule.source,
    notes: rule.notes,
    reasons: rule.reasons,
    why: rule.why,
  };
}

/** What a change moved, e.g. "rate 3.00% → off, count 10 → 5". */
export function describeChange(before: Record<string, unknown>, after: Record<string, unknown>, lang: Lang): string {
  const off = lang === 'zh' ? '不设' : 'off';
  const names: Record<string, [string, string]> = {
    rate: ['介入率', 'rate'],
    rateMultiple: ['类目均值倍数', 'multiple'],
    categoryAverage: ['类目均值', 'category average'],
    count: ['介入订单数', 'count'],
    combine: ['判断方式', 'combine'],
    sustainDays: ['连续天数', 'days in a row'],
    watch: ['关注线', 'watch'],
    floor: ['小店保护', 'floor'],
    enabled: ['启用', 'enabled'],
    main: ['主规则', 'main'],
  };
  const fmt = (k: string, v: unknown) =>
    v === null || v === undefined
      ? off
      : (k === 'rate' || k === 'categoryAverage' || k === 'watch') && typeof v === 'number'
        ? pct(v)
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  const parts = Object.keys(names)
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${names[k][lang === 'zh' ? 0 : 1]} ${fmt(k, before[k])} → ${fmt(k, after[k])}`);
  return parts.join(lang === 'zh' ? '；' : ', ') || (lang === 'zh' ? '无变化' : 'no change');
}
