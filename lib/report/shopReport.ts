/**
 * Everything a merchant is told about one shop, in one call: the dashboard, the shared report and
 * the `metrics` command all read this, so they can never disagree.
 */
import type { DB } from '../db/connection';
import { afterSalesDaily } from '../db/queries/afterSalesDaily';
import { listCalibrationEntries } from '../db/queries/calibrationEntries';
import { dailyAll, dailySeries } from '../db/queries/dailySeries';
import { type InterventionOrderRow, interventionOrders } from '../db/queries/interventionOrders';
import { type OpenCaseRow, openCases } from '../db/queries/openCases';
import { reasonDaily } from '../db/queries/reasonDaily';
import { listShopRuleRows } from '../db/queries/shopRules';
import { findShopByName } from '../db/queries/shops';
import { bestDefinition, compare, impliedOrders } from '../metrics/calibration';
import { type Coverage, type CoverageKind, isDayComplete, missingCoverage, type Span } from '../metrics/coverage';
import { forecast, TRAILING_DAYS } from '../metrics/forecast';
import { headroom, statusSeries } from '../metrics/line';
import { type DailyCount, rollingWindows } from '../metrics/rolling';
import { rollOff } from '../metrics/rollOff';
import { safety } from '../metrics/safety';
import type { ForecastDay, ForecastSummary, RollOffDay, Safety, StatusDay } from '../metrics/types';
import { lineOf, resolveShopRules } from '../rules/shopRules';
import type { ShopRule } from '../rules/types';
import { addDays, chinaToday, chinaWallClock, clockNow, dayToNumber } from '../time/china';
import { shopCoverage } from './coverage';
import { groupDrivers, minutesBetween } from './drivers';
import { DEFAULT_RANGE_DAYS } from './shopMetrics';

export type {
  ForecastDay,
  ForecastScenarioDay,
  ForecastSummary,
  PenaltyEnd,
  RiskStatus,
  RollOffDay,
  Safety,
  StatusDay,
} from '../metrics/types';
export type { Bilingual, Combine, Penalty, RateBase, RuleSource, ShopRule } from '../rules/types';

export type OrderBasis = 'paid' | 'shipped' | 'received';
export type InterventionBasis = 'applied' | 'completed';

/**
 * A day of the report: the shop's window figures as `metrics` always gave them (orders30d,
 * interventions30d, rate30d = interventions ÷ orders), the rule's base and rate (the same unless
 * the rule divides by orders with an after-sales case), and the rule's status that day.
 */
export interface ReportDay extends StatusDay {
  /** The rule's own count: its intervention orders in the window (fewer than interventions30d when it counts one reason only). */
  ruleCount30d: number;
  base30d: number;
  baseRate30d: number | null;
  /** Whether the day's whole window lies inside both the orders and the after-sales coverage. */
  complete: boolean;
}

export type { Span } from '../metrics/coverage';

export interface ReportCoverage {
  orders: Span[];
  afterSales: Span[];
  latestCompleteDay: string | null;
}

/** One rule evaluated over the report's days. */
export interface RuleReport {
  rule: ShopRule;
  /** Each day in [from, to] with its window figures and its status under this rule. */
  days: ReportDay[];
  /** The day that leads: the last complete day of `days`; null when none is complete. */
  latest: ReportDay | null;
  /** Fewest further intervention orders that put the latest complete day over the line; 0 when over; null when no number of them could, or no day is complete. */
  headroom: number | null;
  /** The 30 days after the latest day: how many of the window's intervention orders leave on each. */
  rollOff: RollOffDay[];
  /** Days until the shop is no longer over with no new interventions (0 when not over, null if not within the window). */
  daysUntilSafe: number | null;
  safety: Safety;
  /** The next 14 days. */
  forecast: ForecastDay[];
  forecastSummary: ForecastSummary;
}

export interface DriverGroup {
  key: string;
  count: number;
}

/** An intervention order in the window; `day` is the day it counts on (by the shop's definition). */
export interface DriverOrder extends InterventionOrderRow {
  /** The day it leaves the window (day + window). */
  leavesOn: string;
}

/** An open case; `deadlineAt` is its evidence / auto-processing deadline (超时时间 / 自动处理截止时间). */
export interface OpenCase extends OpenCaseRow {
  /** Minutes from `now` to the deadline; negative when past; null without a deadline or when the after-sales export is stale. */
  minutesLeft: number | null;
}

export interface Drivers {
  window: { from: string; to: string } | null;
  total: number;
  byReason: DriverGroup[];
  byType: DriverGroup[];
  byProduct: DriverGroup[];
  byCourier: DriverGroup[];
  orders: DriverOrder[];
  openCases: OpenCase[];
  /**
   * Set when the after-sales export is older than the staleness limit: the last day it covers.
   * Time left is then not shown ("status may have changed since" that day).
   */
  openCasesAsOf: string | null;
}

export interface CalibrationDefinition {
  orders: OrderBasis;
  interventions: InterventionBasis;
}

export interface CalibrationComparison extends CalibrationDefinition {
  interventions30d: number;
  orders30d: number;
  rate30d: number | null;
  /** Relative error against the back end (0 = exact), summed over count and implied denominator. */
  error: number;
}

export interface CalibrationEntryReport {
  id: number;
  date: string;
  /** What the back end shows. */
  count: number;
  rate: number;
  /** count ÷ rate: the order count the back end must be dividing by; null when the rate is 0. */
  impliedOrders: number | null;
  /** Redline's figures for that day under every definition, best first. */
  comparisons: CalibrationComparison[];
}

export interface CalibrationInfo {
  /** The definition the shop uses now. */
  current: CalibrationDefinition;
  /** The definition that agrees best with every entry; null without entries. */
  best: (CalibrationDefinition & { error: number }) | null;
  entries: CalibrationEntryReport[];
}

export interface ShopReport {
  shop: string;
  platform: string;
  from: string | null;
  to: string | null;
  /** China wall clock the report was made for ("YYYY-MM-DD HH:MM:SS"). */
  now: string;
  basis: CalibrationDefinition;
  /** The main rule's id. */
  mainRule: string | null;
  /** The days each kind of export covers, and the latest day whose window both cover. */
  coverage: ReportCoverage;
  /** The day the headline, status, headroom, roll-off and forecast are for: the last complete day in range. */
  headlineDay: string | null;
  /** The latest day any export has data for. */
  latestDataDay: string | null;
  /** With no complete day: what to import (per kind, the days missing). */
  missing: { kind: CoverageKind; from: string; to: string }[];
  /** When the latest complete day is more than STALE_DAYS before today (China time). */
  stale: { day: string; daysOld: number } | null;
  /** The main rule's figures, flattened for the dashboard: */
  days: ReportDay[];
  headroom: number | null;
  rollOff: RollOffDay[];
  daysUntilSafe: number | null;
  safety: Safety | null;
  forecast: ForecastDay[];
  forecastSummary: ForecastSummary | null;
  /** Intervention orders in the main rule's window ending on `to`, and the open cases. */
  drivers: Drivers;
  /** Every enabled rule of the shop, main first. */
  rules: RuleReport[];
  calibration: CalibrationInfo;
}

export interface ShopReportOptions {
  from?: string;
  to?: string;
  /** The instant "now" (deadlines, time left); defaults to the clock. */
  now?: Date;
  /**
   * Read the drivers (the window's intervention orders and the open cases) too; true by default.
   * They are the only part read from cases rather than the daily aggregates.
   */
  drivers?: boolean;
  /**
   * Also return the days after `to` up to the latest day with data, marked incomplete: the
   * dashboard draws them as partial beside the days that carry a verdict.
   */
  partialTail?: boolean;
}

/** Data more than this many days behind today is stale. */
export const STALE_DAYS = 2;

/** Open cases are looked for this far back: two windows, past any evidence deadline. */
const OPEN_CASE_DAYS = 60;

/** The report of a shop by name; null when there is no such shop. */
export async function getShopReport(
  db: DB,
  shopName: string,
  options: ShopReportOptions = {},
): Promise<ShopReport | null> {
  const shop = await findShopByName(db, shopName);
  if (!shop) return null;
  const nowDate = options.now ?? clockNow();
  const now = chinaWallClock(nowDate);
  const today = chinaToday(nowDate);
  const basis: CalibrationDefinition = {
    orders: shop.order_basis as OrderBasis,
    interventions: shop.intervention_basis as InterventionBasis,
  };
  const rules = resolveShopRules(shop.platform, await listShopRuleRows(db, shop.id)).filter((r) => r.enabled);
  const main = rules.find((r) => r.main) ?? null;
  const windowDays = main?.windowDays ?? 30;

  const cov = await shopCoverage(db, shop.id, nowDate, windowDays);
  const coverage: Coverage = { orders: cov.orders, afterSales: cov.afterSales };
  const lcd = cov.latestCompleteDay;
  const latestData = cov.latestDataDay;
  const to = options.to ?? lcd ?? latestData;
  const from = to === null ? null : (options.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1)));
  const tailTo = options.partialTail && to !== null && latestData !== null && latestData > to ? latestData : to;
  const calibration = await calibrationInfo(db, shop.id, basis);
  const daysOld = lcd === null ? 0 : dayToNumber(today) - dayToNumber(lcd);

  const report: ShopReport = {
    shop: shop.name,
    platform: shop.platform,
    from,
    to,
    now,
    basis,
    mainRule: main?.presetId ?? null,
    coverage: { ...coverage, latestCompleteDay: lcd },
    headlineDay: null,
    latestDataDay: latestData,
    missing: lcd === null ? missingCoverage(coverage, windowDays) : [],
    stale: lcd !== null && daysOld > STALE_DAYS ? { day: lcd, daysOld } : null,
    days: [],
    headroom: null,
    rollOff: [],
    daysUntilSafe: null,
    safety: null,
    forecast: [],
    forecastSummary: null,
    drivers: emptyDrivers(),
    rules: [],
    calibration,
  };
  if (to === null || from === null || tailTo === null || from > to) return report;

  // Enough history for every rule's first window, for a run of over days that began before
  // `from` to reach K, and for the trailing averages of the forecast.
  const lookback = Math.max(
    0,
    ...rules.map((r) => r.windowDays - 1 + Math.max(r.sustainDays - 1, r.windowDays)),
    TRAILING_DAYS,
  );
  const loadFrom = addDays(from < addDays(to, -TRAILING_DAYS) ? from : addDays(to, -TRAILING_DAYS), -lookback);
  const daily = await dailySeries(db, shop.id, loadFrom, tailTo, basis);
  const needsCaseBase = rules.some((r) => r.base === 'afterSalesOrders' && !r.reasons);
  const caseBase = needsCaseBase ? caseBaseSeries(daily, await afterSalesDaily(db, shop.id, loadFrom, tailTo)) : [];

  const series = async (rule: ShopRule): Promise<readonly DailyCount[]> => {
    if (rule.reasons) {
      // Only the cases with the rule's reasons count, in the rate's numerator and its base alike.
      const rows = await reasonDaily(db, shop.id, rule.reasons, loadFrom, tailTo, basis.interventions);
      return rule.base === 'orders' ? mergeInterventions(daily, rows) : rows;
    }
    return rule.base === 'orders' ? daily : caseBase;
  };
  const complete = (w: number) => (day: string) => isDayComplete(coverage, day, w);
  report.rules = await Promise.all(
    rules.map(async (rule) => ruleReport(rule, daily, await series(rule), from, to, tailTo, complete(rule.windowDays))),
  );
  const mainReport = report.rules[0];
  if (mainReport) {
    report.days = mainReport.days;
    report.headlineDay = mainReport.latest?.date ?? null;
    report.headroom = mainReport.headroom;
    report.rollOff = mainReport.rollOff;
    report.daysUntilSafe = mainReport.daysUntilSafe;
    report.safety = mainReport.safety;
    report.forecast = mainReport.forecast;
    report.forecastSummary = mainReport.forecastSummary;
  }
  if (options.drivers === false) return report;
  const at = report.headlineDay ?? to;
  const windowFrom = addDays(at, -(windowDays - 1));
  const [orders, open] = await Promise.all([
    interventionOrders(db, shop.id, windowFrom, at, basis.interventions),
    openCases(db, shop.id, addDays(at, -(OPEN_CASE_DAYS - 1))),
  ]);
  // An old after-sales export cannot say how much time a case has left: it may be closed by now.
  const casesEnd = coverage.afterSales.at(-1)?.to ?? null;
  const casesStale = casesEnd === null || dayToNumber(today) - dayToNumber(casesEnd) > STALE_DAYS;
  report.drivers = {
    window: { from: windowFrom, to: at },
    total: orders.length,
    ...groupDrivers(orders),
    orders: orders.map((o) => ({ ...o, leavesOn: addDays(o.day, windowDays) })),
    openCases: open.map((c) => ({
      ...c,
      minutesLeft: casesStale || c.deadlineAt === null ? null : minutesBetween(now, c.deadlineAt),
    })),
    openCasesAsOf: casesStale ? casesEnd : null,
  };
  return report;
}

/** The shop's orders with a rule's own intervention counts. */
function mergeInterventions(daily: readonly DailyCount[], rows: readonly DailyCount[]): DailyCount[] {
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
function caseBaseSeries(daily: readonly DailyCount[], bases: readonly { day: string; orders: number }[]): DailyCount[] {
  const byDay = new Map<string, DailyCount>();
  for (const d of daily) byDay.set(d.day, { day: d.day, orders: 0, interventions: d.interventions });
  for (const b of bases) {
    const d = byDay.get(b.day) ?? { day: b.day, orders: 0, interventions: 0 };
    d.orders = b.orders;
    byDay.set(b.day, d);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

function ruleReport(
  rule: ShopRule,
  orders: readonly DailyCount[],
  series: readonly DailyCount[],
  from: string,
  to: string,
  tailTo: string,
  isComplete: (day: string) => boolean,
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
  const days: ReportDay[] = ruleDays.map((d, i) => ({
    ...shopDays[i],
    ruleCount30d: d.interventions30d,
    base30d: d.orders30d,
    baseRate30d: d.rate30d,
    status: d.status,
    streak: d.streak,
    complete: isComplete(d.date),
  }));
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
    },
  };
}

function emptyDrivers(): Drivers {
  return {
    window: null,
    total: 0,
    byReason: [],
    byType: [],
    byProduct: [],
    byCourier: [],
    orders: [],
    openCases: [],
    openCasesAsOf: null,
  };
}

async function calibrationInfo(db: DB, shopId: number, current: CalibrationDefinition): Promise<CalibrationInfo> {
  const entries = await listCalibrationEntries(db, shopId);
  if (!entries.length) return { current, best: null, entries: [] };
  const first = addDays(entries[0].day, -29);
  const last = entries.at(-1)!.day;
  const daily = (await dailyAll(db, shopId, first, last)).map((d) => ({
    day: d.day,
    orders_paid: Number(d.orders_paid),
    orders_shipped: Number(d.orders_shipped),
    orders_received: Number(d.orders_received),
    interventions_applied: Number(d.interventions_applied),
    interventions_completed: Number(d.interventions_completed),
  }));
  const figures = entries.map((e) => ({ id: e.id, date: e.day, count: Number(e.count), rate: Number(e.rate) }));
  return {
    current,
    best: bestDefinition(daily, figures, current),
    entries: figures.map((f) => ({
      id: f.id,
      date: f.date,
      count: f.count,
      rate: f.rate,
      impliedOrders: impliedOrders(f),
      comparisons: compare(daily, f),
    })),
  };
}
