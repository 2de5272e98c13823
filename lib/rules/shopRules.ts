import type { ShopRuleTable } from '../db/schema';
import { bilingual } from '../i18n/translate';
import type { RuleChange } from '../input/rules';
import type { Line } from '../metrics/types';
import { effectiveRate, findPreset, presetsFor } from './presets';
import type { RulePreset, RuleSettings, ShopRule } from './types';

export type ShopRuleRow = ShopRuleTable;

function settingsOf(row: ShopRuleRow): RuleSettings {
  return {
    windowDays: row.window_days,
    rate: row.rate,
    rateMultiple: row.rate_multiple,
    categoryAverage: row.category_average,
    count: row.count,
    combine: row.combine,
    sustainDays: row.sustain_days,
    watch: row.watch,
    floor:
      row.floor_base === null || row.floor_count === null ? null : { base: row.floor_base, count: row.floor_count },
  };
}

const SETTING_KEYS = [
  'windowDays',
  'rate',
  'rateMultiple',
  'categoryAverage',
  'count',
  'combine',
  'sustainDays',
  'watch',
] as const;

function sameSettings(a: RuleSettings, b: RuleSettings): boolean {
  return SETTING_KEYS.every((k) => a[k] === b[k]) && JSON.stringify(a.floor) === JSON.stringify(b.floor);
}

function shopRule(preset: RulePreset, row: ShopRuleRow | undefined, main: boolean): ShopRule {
  const settings = row ? settingsOf(row) : preset;
  const s: RuleSettings = {
    windowDays: settings.windowDays,
    rate: settings.rate,
    rateMultiple: settings.rateMultiple,
    categoryAverage: settings.categoryAverage,
    count: settings.count,
    combine: settings.combine,
    sustainDays: settings.sustainDays,
    watch: settings.watch,
    floor: settings.floor,
  };
  return {
    ...preset,
    ...s,
    presetId: preset.id,
    main,
    enabled: row ? row.enabled === 1 : preset.enabledByDefault,
    edited: row ? !sameSettings(s, preset) : false,
    updatedAt: row?.updated_at ?? null,
    effectiveRate: effectiveRate(s),
    needsCategoryAverage: s.rate === null && s.rateMultiple !== null && s.categoryAverage === null,
  };
}

/**
 * A shop's rules: every preset of its platform, with the shop's stored numbers where it has any.
 * Main rule first: the one the merchant marked, else the platform's first enabled preset.
 */
export function resolveShopRules(platform: string, rows: readonly ShopRuleRow[]): ShopRule[] {
  const presets = presetsFor(platform);
  const byId = new Map(rows.map((r) => [r.preset_id, r]));
  const marked = presets.find((p) => byId.get(p.id)?.main === 1 && byId.get(p.id)?.enabled === 1);
  const firstEnabled = presets.find((p) => (byId.get(p.id) ? byId.get(p.id)!.enabled === 1 : p.enabledByDefault));
  const mainId = (marked ?? firstEnabled)?.id;
  const rules = presets.map((p) => shopRule(p, byId.get(p.id), p.id === mainId));
  return [...rules.filter((r) => r.main), ...rules.filter((r) => !r.main)];
}

/** The stored row for a rule's current numbers. */
export function ruleRow(shopId: number, rule: ShopRule, updatedAt: string): ShopRuleRow {
  return {
    shop_id: shopId,
    preset_id: rule.presetId,
    enabled: rule.enabled ? 1 : 0,
    main: rule.main ? 1 : 0,
    window_days: rule.windowDays,
    rate: rule.rate,
    rate_multiple: rule.rateMultiple,
    category_average: rule.categoryAverage,
    count: rule.count,
    combine: rule.combine,
    sustain_days: rule.sustainDays,
    watch: rule.watch,
    floor_base: rule.floor?.base ?? null,
    floor_count: rule.floor?.count ?? null,
    updated_at: updatedAt,
  };
}

/** The line a rule draws, for the pure evaluation in lib/metrics. */
export function lineOf(rule: ShopRule): Line {
  return {
    rate: rule.effectiveRate,
    count: rule.count,
    combine: rule.combine,
    sustainDays: rule.sustainDays,
    watch: rule.watch,
    floor: rule.floor,
  };
}

/**
 * A shop's rules after one change. Setting a rate clears the category multiple (the merchant gave
 * the number itself); setting a multiple clears the rate. Making a rule main makes the others not.
 */
export class RuleChangeError extends Error {
  /** The message in both languages (from the catalog), for a page or the command line. */
  readonly text: { zh: string; en: string };
  constructor(key: 'ruleErrors.noRule' | 'ruleErrors.onlyRule' | 'ruleErrors.noLine', vars: Record<string, string>) {
    const text = bilingual(key, vars);
    super(text.en);
    this.text = text;
  }
}

/** The numbers a change or a reset touches, for the change history. */
export function ruleSettingsOf(r: RuleSettings & { enabled?: boolean; main?: boolean }) {
  return {
    rate: r.rate,
    rateMultiple: r.rateMultiple,
    categoryAverage: r.categoryAverage,
    count: r.count,
    combine: r.combine,
    sustainDays: r.sustainDays,
    watch: r.watch,
    floor: r.floor,
    enabled: r.enabled,
    main: r.main,
  };
}

/** A rule back on its preset's numbers; whether it is enabled and main stays as it is. */
export function resetRule(rule: ShopRule): ShopRule {
  const p = findPreset(rule.presetId)!;
  const next: ShopRule = {
    ...rule,
    windowDays: p.windowDays,
    rate: p.rate,
    rateMultiple: p.rateMultiple,
    categoryAverage: p.categoryAverage,
    count: p.count,
    combine: p.combine,
    sustainDays: p.sustainDays,
    watch: p.watch,
    floor: p.floor,
  };
  next.effectiveRate = effectiveRate(next);
  next.needsCategoryAverage = next.rate === null && next.rateMultiple !== null && next.categoryAverage === null;
  next.edited = false;
  return next;
}

export function applyRuleChange(
  rules: readonly ShopRule[],
  presetId: string,
  change: Omit<RuleChange, 'rule'>,
): ShopRule[] {
  if (!rules.some((r) => r.presetId === presetId))
    throw new RuleChangeError('ruleErrors.noRule', { rule: presetId, rules: rules.map((r) => r.presetId).join(', ') });
  // A shop with no rule would have no status at all: a merchant who wants a rule gone sets its thresholds instead.
  if (change.enabled === false && !rules.some((r) => r.presetId !== presetId && r.enabled)) {
    throw new RuleChangeError('ruleErrors.onlyRule', { rule: presetId });
  }
  return rules.map((r) => {
    if (r.presetId !== presetId) return change.main ? { ...r, main: false } : r;
    const next: ShopRule = { ...r };
    if (change.rate !== undefined) {
      next.rate = change.rate;
      if (change.rate !== null) next.rateMultiple = null;
    }
    if (change.rateMultiple !== undefined) {
      next.rateMultiple = change.rateMultiple;
      if (change.rateMultiple !== null) next.rate = null;
    }
    if (change.categoryAverage !== undefined) next.categoryAverage = change.categoryAverage;
    if (change.count !== undefined) next.count = change.count;
    if (change.combine !== undefined) next.combine = change.combine;
    if (change.sustainDays !== undefined) next.sustainDays = change.sustainDays;
    if (change.watch !== undefined) next.watch = change.watch;
    if (change.enabled !== undefined) next.enabled = change.enabled;
    if (change.main !== undefined) next.main = change.main;
    // A rule with no line would say "ok" whatever happens: refused, not saved.
    if (next.rate === null && next.rateMultiple === null && next.count === null) {
      throw new RuleChangeError('ruleErrors.noLine', { rule: presetId });
    }
    next.effectiveRate = effectiveRate(next);
    next.needsCategoryAverage = next.rate === null && next.rateMultiple !== null && next.categoryAverage === null;
    next.edited = !sameSettings(next, findPreset(presetId)!);
    return next;
  });
}
