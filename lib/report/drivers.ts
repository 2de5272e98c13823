/**
 * The report's drivers: the intervention orders in the main rule's window and the open cases.
 * The only part of a report read from cases rather than the daily aggregates.
 */
import type { DB } from '../db/connection';
import { interventionOrders } from '../db/queries/interventionOrders';
import { openCases } from '../db/queries/openCases';
import { type Span, spansCover, windowMeets } from '../metrics/coverage';
import { addDays, dayToNumber } from '../time/china';
import type { InterventionBasis } from '../types';
import type { DriverGroup, Drivers } from './types';

/**
 * What an after-sales status says when the case is over, on every platform: 退款成功, 退款关闭,
 * 售后关闭, 已完成, 售后完结, 买家撤销, 已取消, 已退款, 结束. A merchant's "reject" (拒绝) alone is not:
 * the buyer may still ask the platform to step in.
 */
export const CLOSED_STATUS_MARKERS = ['成功', '关闭', '完成', '完结', '撤销', '取消', '已退款', '结束'] as const;

/** Data more than this many days behind today is stale. */
export const STALE_DAYS = 2;

/** Open cases are looked for this far back: two windows, past any evidence deadline. */
const OPEN_CASE_DAYS = 60;

type Keyed = { reason: string; type: string; product: string; courier: string };

/** Counts by each field, largest first; a blank cell is its own group so nothing silently disappears. */
function groupBy(rows: readonly Keyed[], key: keyof Keyed): DriverGroup[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r[key], (m.get(r[key]) ?? 0) + 1);
  return [...m.entries()]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

function wallClockMinutes(t: string): number {
  const day = dayToNumber(t.slice(0, 10));
  const [h, m, s] = (t.slice(11) || '00:00:00').split(':').map(Number);
  return day * 1440 + (h || 0) * 60 + (m || 0) + (s || 0) / 60;
}

/** Whole minutes from one China wall-clock time to another (both "YYYY-MM-DD HH:MM:SS"). */
export function minutesBetween(from: string, to: string): number {
  return Math.floor(wallClockMinutes(to) - wallClockMinutes(from));
}

export function emptyDrivers(): Drivers {
  return {
    window: null,
    known: false,
    partial: false,
    total: 0,
    byReason: [],
    byType: [],
    byProduct: [],
    byCourier: [],
    orders: [],
    openCases: [],
    openCasesAsOf: null,
  };
}

/**
 * The window of `windowDays` ending on `at`, and the open cases. `now` and `today` are China wall
 * clock and day; `afterSales` the after-sales coverage (an old export cannot say how much time a
 * case has left: it may be closed by now).
 */
export async function loadDrivers(
  db: DB,
  shopId: number,
  p: { at: string; windowDays: number; basis: InterventionBasis; now: string; today: string; afterSales: Span[] },
): Promise<Drivers> {
  const windowFrom = addDays(p.at, -(p.windowDays - 1));
  const known = windowMeets(p.afterSales, p.at, p.windowDays);
  const partial = known && !spansCover(p.afterSales, windowFrom, p.at);
  const [orders, open] = await Promise.all([
    interventionOrders(db, shopId, windowFrom, p.at, p.basis),
    openCases(db, shopId, addDays(p.at, -(OPEN_CASE_DAYS - 1)), CLOSED_STATUS_MARKERS),
  ]);
  const casesEnd = p.afterSales.at(-1)?.to ?? null;
  const casesStale = casesEnd === null || dayToNumber(p.today) - dayToNumber(casesEnd) > STALE_DAYS;
  return {
    window: { from: windowFrom, to: p.at },
    known,
    partial,
    total: orders.length,
    byReason: groupBy(orders, 'reason'),
    byType: groupBy(orders, 'type'),
    byProduct: groupBy(orders, 'product'),
    byCourier: groupBy(orders, 'courier'),
    orders: orders.map((o) => ({ ...o, leavesOn: addDays(o.day, p.windowDays) })),
    openCases: open.map((c) => ({
      ...c,
      minutesLeft: casesStale || c.deadlineAt === null ? null : minutesBetween(p.now, c.deadlineAt),
    })),
    openCasesAsOf: casesStale ? casesEnd : null,
  };
}
