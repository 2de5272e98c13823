import { clampRange, MAX_RANGE_DAYS } from '../time/bounds';
import { addDays } from '../time/china';

export type ShareRange = { kind: 'rolling'; days: number } | { kind: 'fixed'; from: string; to: string };

export const DEFAULT_SHARE_DAYS = 30;
/** A rolling link shows at most the dashboard's 3 years. */
export const MAX_SHARE_DAYS = MAX_RANGE_DAYS;

/**
 * The days a link shows on this view. A rolling link ends on the latest day with data (the report's
 * own "today"), so a shop whose exports are a few days old does not show a blank tail.
 */
export function reportDays(
  range: ShareRange,
  latest: string | null,
  now: Date = new Date(),
): { from?: string; to?: string } {
  // Clamped: a link stored before the limits (0001-01-01…9999-12-31) shows its last 3 years, cheaply.
  if (range.kind === 'fixed') return clampRange(range.from, range.to, now);
  if (!latest) return {};
  return clampRange(addDays(latest, -(Math.min(range.days, MAX_RANGE_DAYS) - 1)), latest, now);
}

export function rangeOfRow(row: {
  range_kind: string;
  range_days: number | null;
  range_from: string | null;
  range_to: string | null;
}): ShareRange {
  if (row.range_kind === 'fixed' && row.range_from && row.range_to)
    return { kind: 'fixed', from: row.range_from, to: row.range_to };
  return { kind: 'rolling', days: row.range_days ?? DEFAULT_SHARE_DAYS };
}
