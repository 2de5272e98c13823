/**
 * The home page's line per shop: the latest complete day against the main rule and the 30 days
 * before it. Light: the last 30 days of the daily aggregates, no drivers, no calibration.
 */
import type { DB } from '../db/connection';
import type { ShopRow } from '../db/schema';
import type { RiskStatus } from '../metrics/types';
import { addDays, clockNow } from '../time/china';
import type { PlatformId } from '../types';
import { shopCoverage } from './coverage';
import { getShopReport } from './shopReport';

export interface ShopSummary {
  id: number;
  name: string;
  platform: PlatformId;
  /** The latest complete day, whose figures these are. */
  latestDay: string | null;
  /** The main rule's own rate (over its own base): the figure its threshold is about. */
  ruleRate: number | null;
  /** The plain intervention rate, when the rule divides by something else than orders (null otherwise). */
  rate30d: number | null;
  stale: { day: string; daysOld: number } | null;
  count30d: number | null;
  rateLine: number | null;
  countLine: number | null;
  status: RiskStatus | null;
  streak: number;
  /** Further intervention orders to the line on the latest complete day; 0 when over; null when none could. */
  headroom: number | null;
  /** The rule's rate on each of the last 30 complete days. */
  trend: (number | null)[];
}

const TREND_DAYS = 30;

export async function shopSummary(db: DB, shop: ShopRow, now: Date = clockNow()): Promise<ShopSummary> {
  const coverage = await shopCoverage(db, shop.id, now);
  const to = coverage.latestCompleteDay ?? coverage.latestDataDay;
  const report = await getShopReport(db, shop, {
    now,
    coverage,
    drivers: false,
    calibration: false,
    ...(to ? { from: addDays(to, -(TREND_DAYS - 1)), to } : {}),
  });
  // The latest complete day leads, as on the dashboard; without one there is no verdict.
  const latest = report.rules[0]?.latest ?? null;
  const rule = report.rules[0]?.rule ?? null;
  // The threshold is about the rule's own rate: that one is the figure, the plain rate second.
  const byCases = rule?.base === 'afterSalesOrders';
  return {
    id: shop.id,
    name: shop.name,
    platform: shop.platform,
    latestDay: latest?.date ?? null,
    ruleRate: latest?.baseRate30d ?? null,
    rate30d: byCases ? (latest?.rate30d ?? null) : null,
    count30d: latest?.interventions30d ?? null,
    rateLine: rule?.effectiveRate ?? null,
    countLine: rule?.count ?? null,
    status: latest?.status ?? (report.days.length ? 'unknown' : null),
    streak: latest?.streak ?? 0,
    headroom: latest ? report.headroom : null,
    trend: report.days.filter((d) => d.complete).map((d) => d.baseRate30d),
    stale: report.stale,
  };
}
