import { addDays } from '../time/china';
import { type Definition, INTERVENTION_BASES, ORDER_BASES } from '../types';
import { WINDOW_DAYS } from './rolling';

/** A day's counts under every definition, as the daily aggregate table keeps them. */
export interface DailyAllCounts {
  day: string;
  orders_paid: number;
  orders_shipped: number;
  orders_received: number;
  interventions_applied: number;
  interventions_completed: number;
}

/** What the merchant read off the back end for a date. */
export interface BackEndFigure {
  id?: number;
  date: string;
  count: number;
  /** As a fraction (14.84% = 0.1484). */
  rate: number;
}

export interface Comparison extends Definition {
  interventions30d: number;
  orders30d: number;
  rate30d: number | null;
  error: number;
}

export const DEFINITIONS: readonly Definition[] = ORDER_BASES.flatMap((orders) =>
  INTERVENTION_BASES.map((interventions) => ({ orders, interventions })),
);

/** The order count the back end divides by: count ÷ rate. */
export function impliedOrders(f: BackEndFigure): number | null {
  return f.rate > 0 ? f.count / f.rate : null;
}

/**
 * How far Redline's figures are from the back end's: relative error of the count plus that of the
 * denominator the back end implies. Both matter: the count pins the intervention date, the
 * denominator the order date.
 */
export function comparisonError(f: BackEndFigure, count: number, orders: number): number {
  const implied = impliedOrders(f);
  const countErr = Math.abs(count - f.count) / Math.max(f.count, 1);
  const ordersErr = implied === null ? (f.count === 0 ? 0 : 1) : Math.abs(orders - implied) / Math.max(implied, 1);
  return countErr + ordersErr;
}

export function windowSums(daily: readonly DailyAllCounts[], date: string, window = WINDOW_DAYS) {
  const from = addDays(date, -(window - 1));
  const sums = { paid: 0, shipped: 0, received: 0, applied: 0, completed: 0 };
  for (const d of daily) {
    if (d.day < from || d.day > date) continue;
    sums.paid += d.orders_paid;
    sums.shipped += d.orders_shipped;
    sums.received += d.orders_received;
    sums.applied += d.interventions_applied;
    sums.completed += d.interventions_completed;
  }
  return sums;
}

/** Every definition's figures for one back-end figure, best first. */
export function compare(daily: readonly DailyAllCounts[], f: BackEndFigure, window = WINDOW_DAYS): Comparison[] {
  const s = windowSums(daily, f.date, window);
  return DEFINITIONS.map((d) => {
    const count = s[d.interventions];
    const orders = s[d.orders];
    return {
      ...d,
      interventions30d: count,
      orders30d: orders,
      rate30d: orders > 0 ? count / orders : null,
      error: comparisonError(f, count, orders),
    };
  }).sort((a, b) => a.error - b.error);
}

/**
 * The definition that agrees best over all figures (least summed error). On a tie the shop's
 * current one wins, so calibrating never flips a choice without evidence.
 */
export function bestDefinition(
  daily: readonly DailyAllCounts[],
  figures: readonly BackEndFigure[],
  current: Definition,
  window = WINDOW_DAYS,
): (Definition & { error: number }) | null {
  if (!figures.length) return null;
  const totals = DEFINITIONS.map((d) => ({ ...d, error: 0 }));
  for (const f of figures) {
    for (const c of compare(daily, f, window)) {
      totals.find((t) => t.orders === c.orders && t.interventions === c.interventions)!.error += c.error;
    }
  }
  const isCurrent = (d: Definition) => d.orders === current.orders && d.interventions === current.interventions;
  totals.sort((a, b) => a.error - b.error || Number(isCurrent(b)) - Number(isCurrent(a)));
  return totals[0];
}
