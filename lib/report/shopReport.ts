/**
 * Everything a merchant is told about one shop, in one call: the dashboard, the shared report and
 * the `metrics` command all read this, so they can never disagree. It takes the shop's row (found
 * once, by id, by whoever asks) and reads each thing it needs once.
 */
import type { DB } from '../db/connection';
import { afterSalesDaily } from '../db/queries/afterSalesDaily';
import { dailySeries } from '../db/queries/dailySeries';
import { listShopRuleRows } from '../db/queries/listShopRuleRows';
import { reasonDaily } from '../db/queries/reasonDaily';
import type { ShopRow } from '../db/schema';
import {
  type Coverage,
  isDayComplete,
  latestCompleteDay,
  missingCoverage,
  spansCover,
  windowMeets,
} from '../metrics/coverage';
import { TRAILING_DAYS } from '../metrics/forecast';
import { densify } from '../metrics/rolling';
import { resolveShopRules } from '../rules/shopRules';
import type { ShopRule } from '../rules/types';
import { clampRange } from '../time/bounds';
import { addDays, chinaToday, chinaWallClock, clockNow, dayToNumber, numberToDay } from '../time/china';
import type { DailyCount, Definition } from '../types';
import { calibrationInfo } from './calibration';
import { shopCoverage } from './coverage';
import { emptyDrivers, loadDrivers, STALE_DAYS } from './drivers';
import { caseBaseSeries, mergeInterventions, ruleReport } from './ruleReport';
import type { ShopReport, ShopReportOptions } from './types';

/** Without a range: the 90 days ending on the latest complete day. */
export const DEFAULT_RANGE_DAYS = 90;

/** The definition a shop counts by, as stored on its row. */
export const shopBasis = (shop: Pick<ShopRow, 'order_basis' | 'intervention_basis'>): Definition => ({
  orders: shop.order_basis,
  interventions: shop.intervention_basis,
});

/** The range asked for, or the 90 days ending on `latest`; cut to at most 3 years between 2000-01-01 and tomorrow. */
function reportRange(
  options: ShopReportOptions,
  latest: string | null,
  now: Date,
): { from: string | null; to: string | null } {
  const to = options.to ?? latest;
  const from = to === null ? null : (options.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1)));
  // Whoever asks, one call computes at most 3 years between 2000 and tomorrow.
  return from !== null && to !== null && from <= to ? clampRange(from, to, now) : { from, to };
}

/** The report of a shop. `from`/`to` are cut to at most 3 years between 2000-01-01 and tomorrow. */
export async function getShopReport(db: DB, shop: ShopRow, options: ShopReportOptions = {}): Promise<ShopReport> {
  const nowDate = options.now ?? clockNow();
  const now = chinaWallClock(nowDate);
  const today = chinaToday(nowDate);
  const basis = shopBasis(shop);
  const [ruleRows, cov] = await Promise.all([
    listShopRuleRows(db, shop.id),
    options.coverage ?? shopCoverage(db, shop.id, nowDate),
  ]);
  const rules = resolveShopRules(shop.platform, ruleRows).filter((r) => r.enabled);
  const main = rules.find((r) => r.main) ?? null;
  const windowDays = main?.windowDays ?? 30;

  const coverage: Coverage = { orders: cov.orders, afterSales: cov.afterSales };
  const lcd = latestCompleteDay(coverage, windowDays);
  const latestData = cov.latestDataDay;
  const { from, to } = reportRange(options, lcd ?? latestData, nowDate);
  const tailTo = options.partialTail && to !== null && latestData !== null && latestData > to ? latestData : to;
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
    calibration: options.calibration === false ? null : await calibrationInfo(db, shop.id, basis),
    daily: [],
  };
  if (to === null || from === null || tailTo === null || from > to) return report;

  // Enough history for every rule's first window, for a run of over days that began before
  // `from` to reach K, and for the trailing averages of the forecast.
  const lookback = Math.max(
    0,
    ...rules.map((r) => r.windowDays - 1 + Math.max(r.sustainDays - 1, r.windowDays)),
    TRAILING_DAYS,
  );
  const loadFrom = numberToDay(Math.min(dayToNumber(from), dayToNumber(to) - TRAILING_DAYS) - lookback);
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
  const known = (w: number) => (day: string) => ({
    orders: windowMeets(coverage.orders, day, w),
    interventions: windowMeets(coverage.afterSales, day, w),
  });
  report.rules = await Promise.all(
    rules.map(async (rule) =>
      ruleReport(rule, daily, await series(rule), from, to, tailTo, complete(rule.windowDays), known(rule.windowDays)),
    ),
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
  const last = report.days.at(-1)?.date ?? to;
  // A day no export of a kind covers has no known count of that kind.
  report.daily = densify(
    daily.filter((d) => d.day >= from && d.day <= last),
    from,
    last,
  ).map((d) => ({
    day: d.day,
    orders: spansCover(coverage.orders, d.day, d.day) ? d.orders : null,
    interventions: spansCover(coverage.afterSales, d.day, d.day) ? d.interventions : null,
  }));
  if (options.drivers === false) return report;
  report.drivers = await loadDrivers(db, shop.id, {
    at: report.headlineDay ?? to,
    windowDays,
    basis: basis.interventions,
    now,
    today,
    afterSales: coverage.afterSales,
  });
  return report;
}
