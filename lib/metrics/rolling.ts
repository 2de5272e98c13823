import { addDays, dayToNumber, numberToDay } from '../time/china';
import type { DailyCount } from '../types';

export interface RollingDay {
  date: string;
  orders30d: number;
  interventions30d: number;
  /** interventions30d / orders30d; null when there are no orders in the window. */
  rate30d: number | null;
}

export const WINDOW_DAYS = 30;

/**
 * Dense per-day counts from `from` to `to` (both included) out of sparse daily rows; days
 * with nothing are zeros.
 */
export function densify(daily: readonly DailyCount[], from: string, to: string): DailyCount[] {
  const start = dayToNumber(from);
  const len = dayToNumber(to) - start + 1;
  if (len <= 0) return [];
  const out: DailyCount[] = Array.from({ length: len }, (_, i) => ({
    day: numberToDay(start + i),
    orders: 0,
    interventions: 0,
  }));
  for (const d of daily) {
    const i = dayToNumber(d.day) - start;
    if (i >= 0 && i < len) {
      out[i].orders += d.orders;
      out[i].interventions += d.interventions;
    }
  }
  return out;
}

/**
 * For each day D in [from, to]: the sums over [D - (window-1), D]. Day D-29 is in a 30-day
 * window, D-30 is not. `daily` must reach back window-1 days before `from` to be complete.
 */
export function rollingWindows(
  daily: readonly DailyCount[],
  from: string,
  to: string,
  window = WINDOW_DAYS,
): RollingDay[] {
  const dense = densify(daily, addDays(from, -(window - 1)), to);
  const out: RollingDay[] = [];
  let orders = 0;
  let interventions = 0;
  for (let i = 0; i < dense.length; i++) {
    orders += dense[i].orders;
    interventions += dense[i].interventions;
    if (i >= window) {
      orders -= dense[i - window].orders;
      interventions -= dense[i - window].interventions;
    }
    if (i >= window - 1) {
      out.push({
        date: dense[i].day,
        orders30d: orders,
        interventions30d: interventions,
        rate30d: orders > 0 ? interventions / orders : null,
      });
    }
  }
  return out;
}
