/**
 * What an alert says about a shop, read from the shop's report: the figures of the latest
 * complete day only. A day whose window the exports do not wholly cover gives no verdict, so
 * without a complete day there is no status, no forecast and no penalty to tell.
 */
import type { ShopRow } from '../db/schema';
import type { RiskStatus } from '../metrics/types';
import type { ShopReport } from '../report/types';
import { chinaToday, dayToNumber } from '../time/china';
import type { Bilingual, PlatformId } from '../types';

export type Verdict = Exclude<RiskStatus, 'unknown'>;

export interface DueCase {
  caseNo: string;
  deadlineAt: string;
  minutesLeft: number;
}

export interface ShopFacts {
  shopId: number;
  shop: string;
  platform: PlatformId;
  /** The latest complete day: the day every figure below is for; null without one. */
  day: string | null;
  status: Verdict | null;
  /** First day of the run of days with this status, ending on `day`. */
  since: string | null;
  windowDays: number;
  rate: number | null;
  rateLine: number | null;
  count: number | null;
  countLine: number | null;
  headroom: number | null;
  /** The day the shop is safe again if nothing new happens (null: not within the window, or not over). */
  safeOn: string | null;
  topDriver: { key: string; count: number } | null;
  penalties: { name: Bilingual; endsOn: string | null }[];
  /** The first day the forecast (at the trailing pace) puts the shop over; null: not within 14 days. */
  firstOverOn: string | null;
  /** Open cases whose evidence deadline is within the next 24 hours (none when the export is stale). */
  dueCases: DueCase[];
  /** Days from the latest complete day to today (China); null without a complete day. */
  daysOld: number | null;
}

const DAY_MINUTES = 1440;

export function shopFacts(shop: Pick<ShopRow, 'id' | 'name' | 'platform'>, report: ShopReport, now: Date): ShopFacts {
  const main = report.rules[0] ?? null;
  const latest = main?.latest ?? null;
  const verdict = latest && latest.status !== 'unknown' ? latest.status : null;
  let since: string | null = null;
  if (verdict) {
    for (let i = report.days.length - 1; i >= 0; i--) {
      const d = report.days[i];
      if (d.date > latest!.date || !d.complete) continue;
      if (d.status !== verdict) break;
      since = d.date;
    }
  }
  const overNow = verdict === 'over' || verdict === 'breach';
  return {
    shopId: shop.id,
    shop: shop.name,
    platform: shop.platform,
    day: latest?.date ?? null,
    status: verdict,
    since,
    windowDays: main?.rule.windowDays ?? 30,
    rate: latest?.baseRate30d ?? null,
    rateLine: main?.rule.effectiveRate ?? null,
    count: latest?.ruleCount30d ?? null,
    countLine: main?.rule.count ?? null,
    headroom: latest ? report.headroom : null,
    safeOn: latest && overNow ? (report.safety?.safeOn ?? null) : null,
    topDriver: report.drivers.byReason[0] ?? null,
    penalties: latest && report.safety?.breachNow ? report.safety.penalties : [],
    firstOverOn: latest ? (report.forecastSummary?.firstOver.pace ?? null) : null,
    dueCases: report.drivers.openCases
      .filter((c) => c.minutesLeft !== null && c.minutesLeft >= 0 && c.minutesLeft <= DAY_MINUTES && c.deadlineAt)
      .map((c) => ({ caseNo: c.caseNo, deadlineAt: c.deadlineAt!, minutesLeft: c.minutesLeft! })),
    daysOld: latest ? dayToNumber(chinaToday(now)) - dayToNumber(latest.date) : null,
  };
}
