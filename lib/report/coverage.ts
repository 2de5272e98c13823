import type { DB } from '../db/connection';
import { importSpans } from '../db/queries/importSpans';
import { latestDay } from '../db/queries/latestDay';
import { type Coverage, latestCompleteDay, unionSpans } from '../metrics/coverage';
import { WINDOW_DAYS } from '../metrics/rolling';
import { addDays, chinaToday } from '../time/china';

export interface ShopCoverage extends Coverage {
  latestCompleteDay: string | null;
  /** The latest day anything is known for: a day with counts, or the end of an export's span. */
  latestDataDay: string | null;
}

/**
 * A shop's coverage by kind (the union of its imports' spans), its latest complete day and its
 * latest day with data. Nothing reaches past tomorrow, whatever a file once claimed.
 */
export async function shopCoverage(db: DB, shopId: number, now: Date, window = WINDOW_DAYS): Promise<ShopCoverage> {
  const tomorrow = addDays(chinaToday(now), 1);
  const spans = await importSpans(db, shopId);
  const orders = unionSpans(
    spans.filter((x) => x.kind === 'orders'),
    tomorrow,
  );
  const afterSales = unionSpans(
    spans.filter((x) => x.kind === 'afterSales'),
    tomorrow,
  );
  let latestData =
    [await latestDay(db, shopId), orders.at(-1)?.to, afterSales.at(-1)?.to]
      .filter((d): d is string => typeof d === 'string')
      .sort()
      .at(-1) ?? null;
  if (latestData !== null && latestData > tomorrow) latestData = tomorrow;
  return {
    orders,
    afterSales,
    latestCompleteDay: latestCompleteDay({ orders, afterSales }, window),
    latestDataDay: latestData,
  };
}
