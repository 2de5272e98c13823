/**
 * What the dashboard of one shop reads: its coverage (which picks the default range), then the
 * report for the range with its daily series. The shop itself comes from the cached lookup the
 * layout made; `test/report/queryCount.test.ts` counts the statements of one view.
 */
import 'server-only';
import { cache } from 'react';
import type { DB } from '@/lib/db/connection';
import { getConnection } from '@/lib/db/connection';
import { shopCoverage } from '@/lib/report/coverage';
import { getShopReport } from '@/lib/report/shopReport';
import type { ShopReport } from '@/lib/report/types';
import type { ShopRow } from '@/lib/shops/shops';
import { clockNow } from '@/lib/time/china';
import { parseRange, type Range } from './range';

export type Search = Record<string, string | string[] | undefined>;

export interface DashboardView {
  /** The day the default range ends on: the latest complete day, or the latest with data. */
  latest: string | null;
  range: Range | null;
  report: ShopReport | null;
}

export async function loadDashboardView(db: DB, shop: ShopRow, search: Search, now: Date): Promise<DashboardView> {
  const coverage = await shopCoverage(db, shop.id, now);
  const latest = coverage.latestCompleteDay ?? coverage.latestDataDay;
  const firstDay = [coverage.orders[0]?.from, coverage.afterSales[0]?.from].filter(Boolean).sort()[0] ?? null;
  const range = parseRange(search, latest, firstDay);
  // The days after the range's end up to the latest data are drawn as partial beside it; a range
  // the merchant ended on a day of their own ends there.
  const report = range
    ? await getShopReport(db, shop, {
        from: range.from,
        to: range.to,
        now,
        coverage,
        partialTail: range.kind === 'preset',
        calibration: false,
      })
    : null;
  return { latest, range, report };
}

/** The page's loader: once per request, on the server's connection. */
export const dashboardView = cache(async (shop: ShopRow, search: Search) =>
  loadDashboardView((await getConnection()).db, shop, search, clockNow()),
);
