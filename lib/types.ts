/**
 * The words every layer shares, each defined once: a platform, the two definitions a count can
 * use (which day an order and an intervention count on), a day's counts and a bilingual text.
 * A leaf: it imports nothing, so the database schema, the metrics and the UI can all use it.
 */

export const PLATFORMS = ['pdd', 'taobao', 'jd', 'douyin', 'kuaishou'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export const isPlatformId = (v: string): v is PlatformId => (PLATFORMS as readonly string[]).includes(v);

/** What an export lists: orders, or after-sales cases. */
export type FileKind = 'orders' | 'afterSales';

/** Which day an order counts on. */
export const ORDER_BASES = ['paid', 'shipped', 'received'] as const;
export type OrderBasis = (typeof ORDER_BASES)[number];

/** Which day an intervention counts on. */
export const INTERVENTION_BASES = ['applied', 'completed'] as const;
export type InterventionBasis = (typeof INTERVENTION_BASES)[number];

/** A shop's definition of its figures (calibration picks it). */
export interface Definition {
  orders: OrderBasis;
  interventions: InterventionBasis;
}

/** One China calendar day of counts: orders on it and intervention orders on it. */
export interface DailyCount {
  day: string;
  orders: number;
  interventions: number;
}

/** A text of the data (a rule's name, a penalty) in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** How a rule's rate and count lines combine. */
export type Combine = 'and' | 'or';
