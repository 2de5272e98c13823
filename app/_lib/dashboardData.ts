/**
 * What the shop report view needs: the shared report, plus the plain daily counts for the
 * "new that day" bars. The shared report page (/r/…) loads through here too.
 */
import type { DB } from '@/lib/db/connection';
import { dailySeries } from '@/lib/db/queries/dailySeries';
import { findShopByName } from '@/lib/db/queries/shops';
import { densify } from '@/lib/metrics/rolling';
import { getShopReport, type ShopReport } from '@/lib/report/shopReport';
import { clampRange } from '@/lib/time/bounds';

export interface DailyCount {
  day: string;
  orders: number;
  interventions: number;
}

export interface DashboardData {
  report: ShopReport;
  daily: DailyCount[];
}

export async function loadDashboard(
  db: DB,
  shopName: string,
  range: { from?: string; to?: string; now?: Date; partialTail?: boolean } = {},
): Promise<DashboardData | null> {
  // Whoever asks, one call computes at most 3 years between 2000 and tomorrow.
  if (range.from && range.to) range = { ...range, ...clampRange(range.from, range.to, range.now) };
  // The days after the range's end up to the latest data are drawn as partial beside it (not in a download of the range).
  const report = await getShopReport(db, shopName, { partialTail: true, ...range });
  if (!report) return null;
  let daily: DailyCount[] = [];
  const last = report.days.at(-1)?.date ?? report.to;
  if (report.from && last && report.from <= last) {
    const shop = await findShopByName(db, shopName);
    if (shop) daily = densify(await dailySeries(db, shop.id, report.from, last, report.basis), report.from, last);
  }
  return { report, daily };
}
