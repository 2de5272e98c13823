import { formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import type { ShopRule } from './types';

const pct = (r: number) => formatRate(r, 'en');

/** The line in words, e.g. "rate ≥ 3% and count ≥ 10, 3 days in a row". */
export function describeLine(rule: ShopRule, lang: Lang): string {
  const t = translator(lang);
  const parts: string[] = [];
  const base = rule.base === 'orders' ? '' : t('ruleText.ofCases');
  if (rule.rate !== null) parts.push(t('ruleText.rate', { rate: pct(rule.rate), base }));
  else if (rule.rateMultiple !== null)
    parts.push(
      t('ruleText.multiple', {
        multiple: rule.rateMultiple,
        average: rule.categoryAverage === null ? t('ruleText.noAverage') : pct(rule.categoryAverage),
        effective: rule.effectiveRate === null ? '' : ` = ${pct(rule.effectiveRate)}`,
        base,
      }),
    );
  if (rule.count !== null) parts.push(t('ruleText.count', { count: rule.count }));
  let text = parts.length ? parts.join(t(rule.combine === 'and' ? 'ruleText.and' : 'ruleText.or')) : t('ruleText.none');
  text += t('ruleText.window', { window: rule.windowDays, sustain: rule.sustainDays, watch: pct(rule.watch) });
  if (rule.floor) text += t('ruleText.floor', { base: rule.floor.base, count: rule.floor.count });
  return text;
}

export function describeSource(rule: ShopRule, lang: Lang): string {
  return translator(lang)('ruleText.source', {
    text: rule.source.text[lang],
    date: rule.source.date ? ` (${rule.source.date})` : '',
    public: rule.source.public ? 'yes' : 'no',
    confidence: rule.source.confidence,
  });
}

export function describePenalties(rule: ShopRule, lang: Lang): string {
  const t = translator(lang);
  return rule.penalties
    .map((p) =>
      t('ruleText.penalty', {
        name: p.name[lang],
        duration: p.days === null ? t('ruleText.durationUnknown') : t('common.days', { n: p.days }),
      }),
    )
    .join(t('ruleText.penaltySep'));
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

const CHANGED = [
  'rate',
  'rateMultiple',
  'categoryAverage',
  'count',
  'combine',
  'sustainDays',
  'watch',
  'floor',
  'enabled',
  'main',
] as const;

/** What a change moved, e.g. "rate 3.00% → off, count 10 → 5". */
export function describeChange(before: Record<string, unknown>, after: Record<string, unknown>, lang: Lang): string {
  const t = translator(lang);
  const fmt = (k: string, v: unknown) =>
    v === null || v === undefined
      ? t('ruleText.off')
      : (k === 'rate' || k === 'categoryAverage' || k === 'watch') && typeof v === 'number'
        ? pct(v)
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  const parts = CHANGED.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map(
    (k) => `${t(`ruleText.field.${k}`)} ${fmt(k, before[k])} → ${fmt(k, after[k])}`,
  );
  return parts.join(t('ruleText.changeSep')) || t('ruleText.noChange');
}
