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

export async function loadDashboard(db: DB, shopName: string, range: { from?: string; to?: string; now?: Date } = {}): Promise<DashboardData | null> {
  // Whoever asks, one call computes at most 3 years between 2000 and tomorrow.
  if (range.from && range.to) range = { ...range, ...clampRange(range.from, range.to, range.now) };
  const report = await getShopReport(db, shopName, range);
  if (!report) return null;
  let daily: DailyCount[] = [];
  if (report.from && report.to && report.from <= report.to) {
    const shop = await findShopByName(db, shopName);
    if (shop) daily = densify(await dailySeries(db, shop.id, report.from, report.to, report.basis), report.from, report.to);
  }
  return { report, daily };
}
