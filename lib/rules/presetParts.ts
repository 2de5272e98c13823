import type { RuleSettings } from './types';

/** What every preset shares, and the wording of an estimate. */
export const defaults: Omit<RuleSettings, 'rate' | 'count' | 'combine'> = {
  windowDays: 30,
  rateMultiple: null,
  categoryAverage: null,
  sustainDays: 1,
  watch: 0.8,
  floor: null,
};

export const on = { enabledByDefault: true };

export const estimateSource = (zh: string, en: string) => ({
  text: { zh: `估计值：平台未公开阈值。${zh}`, en: `Estimate: the platform does not publish the threshold. ${en}` },
  date: null,
  public: false,
  confidence: 'estimate' as const,
});

export const all = { reasons: null };

/** PDD's two 1-day penalties (its 2017-12 notice); the intervention rules share them. */
export const PDD_PENALTIES = [
  { name: { zh: '移除资源位、禁止上新', en: 'Removed from promotion slots, no new listings' }, days: 1 },
  { name: { zh: '全店商品降权', en: 'Store-wide search demotion' }, days: 1 },
];
