/**
 * One rule evaluated over the report's days, from daily counts already read: pure, no database.
 * The shop's own figures (orders30d, interventions30d, rate30d) beside the rule's base and rate.
 */
import { forecast } from '../metrics/forecast';
import { headroom, statusSeries } from '../metrics/line';
import { rollingWindows } from '../metrics/rolling';
import { rollOff } from '../metrics/rollOff';
import { safety } from '../metrics/safety';
import { lineOf } from '../rules/shopRules';
import type { ShopRule } from '../rules/types';
import { addDays } from '../time/china';
import type { DailyCount } from '../types';
import type { ReportDay, RuleReport } from './types';

/** Whether any export of each kind reaches a day's window (what it alone tells is known at all). */
export interface Known {
  orders: boolean;
  interventions: boolean;
}

/** The shop's orders with a rule's own intervention counts. */
export function mergeInterventions(daily: readonly DailyCount[], rows: readonly DailyCount[]): DailyCount[] {
  const byDay = new Map<string, DailyCount>();
  for (const d of daily) byDay.set(d.day, { day: d.day, orders: d.orders, interventions: 0 });
  for (const r of rows) {
    const d = byDay.get(r.day) ?? { day: r.day, orders: 0, interventions: 0 };
    d.interventions = r.interventions;
    byDay.set(r.day, d);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** The rule's base per day: orders with an after-sales case, intervention orders as they are. */
export function caseBaseSeries(
  daily: readonly DailyCount[],
  bases: readonly { day: string; orders: number }[],
): DailyCount[] {
  const byDay = new Map<string, DailyCount>();
  for (const d of daily) byDay.set(d.day, { day: d.day, orders: 0, interventions: d.interventions });
  for (const b of bases) {
    const d = byDay.get(b.day) ?? { day: b.day, orders: 0, interventions: 0 };
    d.orders = b.orders;
    byDay.set(b.day, d);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

export function ruleReport(
  rule: ShopRule,
  orders: readonly DailyCount[],
  series: readonly DailyCount[],
  from: string,
  to: string,
  tailTo: string,
  isComplete: (day: string) => boolean,
  known: (day: string) => Known = () => ({ orders: true, interventions: true }),
): RuleReport {
  const line = lineOf(rule);
  const w = rule.windowDays;
  const streakFrom = addDays(from, -Math.max(rule.sustainDays - 1, w));
  // A rule whose rate is a multiple of a category average nobody typed in cannot judge any day.
  const judge = rule.needsCategoryAverage ? () => false : isComplete;
  const shopDays = rollingWindows(orders, from, tailTo, w);
  const ruleDays = statusSeries(line, rollingWindows(series, streakFrom, tailTo, w), 0, judge).filter(
    (d) => d.date >= from,
  );
  const days: ReportDay[] = ruleDays.map((d, i) => {
    const day: ReportDay = {
      ...shopDays[i],
      ruleCount30d: d.interventions30d,
      base30d: d.orders30d,
      baseRate30d: d.rate30d,
      status: d.status,
      streak: d.streak,
      complete: isComplete(d.date),
    };
    // No export of a kind reaches this window: what only that kind tells is not known, not 0.
    const k = known(d.date);
    if (!k.interventions) Object.assign(day, { interventions30d: null, ruleCount30d: null, rate30d: null });
    if (!k.orders) Object.assign(day, { orders30d: null, rate30d: null });
    if (!k.interventions || (rule.base === 'orders' && !k.orders)) day.baseRate30d = null;
    if (rule.base === 'orders' ? !k.orders : !k.interventions) day.base30d = null;
    return day;
  });
  const lastIndex = days.findLastIndex((d) => d.date <= to && d.complete);
  const latest = lastIndex < 0 ? null : days[lastIndex];
  const latestRule = lastIndex < 0 || rule.needsCategoryAverage ? null : ruleDays[lastIndex];
  const s = latestRule ? safety(series, latestRule, line, rule.penalties, w) : null;
  const f = latestRule ? forecast(series, latestRule.date, line, latestRule.streak, undefined, w) : null;
  return {
    rule,
    days,
    latest,
    headroom: latestRule ? headroom(line, latestRule.interventions30d, latestRule.orders30d) : null,
    rollOff: latestRule ? rollOff(series, latestRule.date, w) : [],
    daysUntilSafe: s?.days ?? null,
    safety: s ?? { overNow: false, breachNow: false, safeOn: null, days: null, penalties: [] },
    forecast: f?.days ?? [],
    forecastSummary: f?.summary ?? {
      ordersByWeekday: [],
      interventionsPerDay: 0,
      firstOver: { none: null, pace: null },
      firstBreach: { none: null, pace: null },
      firstUnder: { none: null, pace: null },
    },
  };
}
