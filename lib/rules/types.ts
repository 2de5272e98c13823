/**
 * A penalty rule as data. Most platforms do not publish their numbers, so every rule carries
 * where its numbers come from and whether they are public: the merchant must be able to tell a
 * published line from our estimate, and change either.
 */

import type { Penalty } from '../metrics/types';
import type { Bilingual, Combine, PlatformId } from '../types';

/**
 * What the rate is taken over. Most rules divide by the shop's orders; some (Douyin 平台求助率,
 * Tmall's refund→dispute rate) divide by the orders that had an after-sales case.
 */
export type RateBase = 'orders' | 'afterSalesOrders';

export interface RuleSource {
  /** The rule text the numbers come from (title and number), or why they are an estimate. */
  text: Bilingual;
  /** Date of the rule text, "YYYY-MM-DD" or "YYYY-MM" or "YYYY"; null when unknown. */
  date: string | null;
  /** Whether the thresholds themselves are published by the platform. */
  public: boolean;
  /** H: official rule text, M: official API or several sources, L: one third-party source, estimate: ours. */
  confidence: 'H' | 'M' | 'L' | 'estimate';
}

/** The numbers of a rule: what the merchant can change. */
export interface RuleSettings {
  windowDays: number;
  /** Rate threshold as a fraction (0.045 = 4.5%); null when not part of the test. */
  rate: number | null;
  /** Rate threshold as a multiple of the category average (类目均值); used when `rate` is null. */
  rateMultiple: number | null;
  /** The category average the merchant typed in from the back end, as a fraction. */
  categoryAverage: number | null;
  /** Count threshold (intervention orders in the window); null when not part of the test. */
  count: number | null;
  combine: Combine;
  /** Consecutive over days before the penalty applies (K). */
  sustainDays: number;
  /** Fraction of the line that counts as "watch" (W). */
  watch: number;
  /**
   * Small-shop floor: while the window's base is below `base` and the count at most `count`,
   * the shop is not over whatever its rate (Douyin's rule for small shops).
   */
  floor: { base: number; count: number } | null;
}

export interface RulePreset extends RuleSettings {
  id: string;
  platform: PlatformId;
  name: Bilingual;
  /** What the rate divides by. */
  base: RateBase;
  penalties: Penalty[];
  source: RuleSource;
  /** Caveats a merchant should read before trusting the numbers. */
  notes: Bilingual | null;
  /** Rules for a niche programme (e.g. Global Buy) start switched off. */
  enabledByDefault: boolean;
  /**
   * Only cases with one of these refund reasons count (Tmall 新鲜日期 counts 新鲜日期与商家承诺不符
   * only), in the count and in the rate's base; null: every case counts.
   */
  reasons: string[] | null;
  /** Why the preset's default numbers are what they are, for the merchant to judge them. */
  why: Bilingual;
}

/** A shop's rule: the preset's description with the shop's own numbers. */
export interface ShopRule extends RulePreset {
  presetId: string;
  main: boolean;
  enabled: boolean;
  /** Whether the merchant changed any number from the preset. */
  edited: boolean;
  updatedAt: string | null;
  /** The rate threshold in force: `rate`, or `rateMultiple` × `categoryAverage`; null if neither is known. */
  effectiveRate: number | null;
  /** True when the rate is a category multiple and the merchant has not typed the average in yet. */
  needsCategoryAverage: boolean;
}
