import type { DB } from '../db/connection';
import { dailySeries, type InterventionBasis, latestDay, type OrderBasis } from '../db/queries/dailySeries';
import { findShopByName } from '../db/queries/shops';
import { type RollingDay, rollingWindows, WINDOW_DAYS } from '../metrics/rolling';
import { addDays } from '../time/china';

export const DEFAULT_RANGE_DAYS = 90;

export interface ShopMetrics {
  shop: string;
  platform: string;
  from: string | null;
  to: string | null;
  days: RollingDay[];
}

/**
 * The rolling figures of a shop for [from, to], both included; by default the 90 days ending on
 * the latest day with data. Reads only the daily aggregates.
 */
export async function shopMetrics(
  db: DB,
  shopName: string,
  range: { from?: string; to?: string } = {},
): Promise<ShopMetrics | null> {
  const shop = await findShopByName(db, shopName);
  if (!shop) return null;
  const to = range.to ?? (await latestDay(db, shop.id));
  if (!to) return { shop: shop.name, platform: shop.platform, from: null, to: null, days: [] };
  const from = range.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) return { shop: shop.name, platform: shop.platform, from, to, days: [] };
  const basis = { orders: shop.order_basis as OrderBasis, interventions: shop.intervention_basis as InterventionBasis };
  const daily = await dailySeries(db, shop.id, addDays(from, -(WINDOW_DAYS - 1)), to, basis);
  return { shop: shop.name, platform: shop.platform, from, to, days: rollingWindows(daily, from, to) };
}
