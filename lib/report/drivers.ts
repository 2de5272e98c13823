import { dayToNumber } from '../time/china';
import type { DriverGroup } from './shopReport';

type Keyed = { reason: string; type: string; product: string; courier: string };

/** Counts by each field, largest first; a blank cell is its own group so nothing silently disappears. */
function groupBy(rows: readonly Keyed[], key: keyof Keyed): DriverGroup[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r[key], (m.get(r[key]) ?? 0) + 1);
  return [...m.entries()]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

export function groupDrivers(rows: readonly Keyed[]) {
  return {
    byReason: groupBy(rows, 'reason'),
    byType: groupBy(rows, 'type'),
    byProduct: groupBy(rows, 'product'),
    byCourier: groupBy(rows, 'courier'),
  };
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
