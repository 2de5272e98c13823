import type { Bilingual, Combine } from '../types';

/**
 * A day's verdict. 'unknown': the day's window is not wholly covered by the shop's exports (or the
 * rule lacks a number it needs), so no verdict is given; its figures are partial.
 */
export type RiskStatus = 'ok' | 'watch' | 'over' | 'breach' | 'unknown';

/** The line a rule draws, reduced to what evaluation needs. */
export interface Line {
  rate: number | null;
  count: number | null;
  combine: Combine;
  sustainDays: number;
  watch: number;
  floor: { base: number; count: number } | null;
}

export interface StatusDay {
  date: string;
  /** The window's base: orders, or orders with an after-sales case, by the rule. */
  orders30d: number;
  interventions30d: number;
  rate30d: number | null;
  status: RiskStatus;
  /** Consecutive over days ending on this day (0 when not over). */
  streak: number;
}

export interface RollOffDay {
  date: string;
  leaving: number;
}

/** A penalty a rule imposes when breached. */
export interface Penalty {
  name: Bilingual;
  /** How long the penalty runs after the last breach day; null when the rule text gives no duration. */
  days: number | null;
}

export interface PenaltyEnd {
  name: Bilingual;
  days: number | null;
  /** Last day the penalty is in force; null when its duration is not known. */
  endsOn: string | null;
}

export interface Safety {
  /** Whether the latest day is over the line. */
  overNow: boolean;
  breachNow: boolean;
  /** First day, with no new interventions, that is not over; the latest day itself when it is not over. */
  safeOn: string | null;
  /** Days from the latest day to safeOn; 0 when not over; null when not safe within the window. */
  days: number | null;
  /** Running penalties and when they end (empty when not in breach). */
  penalties: PenaltyEnd[];
}

export interface ForecastScenarioDay {
  interventions30d: number;
  rate30d: number | null;
  status: RiskStatus;
  streak: number;
}

export interface ForecastDay {
  date: string;
  /**
   * The rule's base (orders, or orders with an after-sales case): known ones still in the window
   * plus new ones at the trailing 28-day average by weekday.
   */
  orders30d: number;
  /** No new interventions: only departures. */
  none: ForecastScenarioDay;
  /** New interventions at the trailing 28-day pace. */
  pace: ForecastScenarioDay;
}

export interface ForecastSummary {
  /** Daily new orders used, by weekday (0 = Sunday). */
  ordersByWeekday: number[];
  /** Daily new interventions at the trailing pace. */
  interventionsPerDay: number;
  firstOver: { none: string | null; pace: string | null };
  firstBreach: { none: string | null; pace: string | null };
  /** For a shop over the line now: the first forecast day back under it. */
  firstUnder: { none: string | null; pace: string | null };
}
