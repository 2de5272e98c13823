import { addDays } from '../time/china';

export type ShareRange = { kind: 'rolling'; days: number } | { kind: 'fixed'; from: string; to: string };

export const DEFAULT_SHARE_DAYS = 30;
export const MAX_SHARE_DAYS = 3660;

/**
 * The days a link shows on this view. A rolling link ends on the latest day with data (the report's
 * own "today"), so a shop whose exports are a few days old does not show a blank tail.
 */
export function reportDays(range: ShareRange, latest: string | null): { from?: string; to?: string } {
  if (range.kind === 'fixed') return { from: range.from, to: range.to };
  if (!latest) return {};
  return { from: addDays(latest, -(range.days - 1)), to: latest };
}

export function rangeOfRow(row: { range_kind: string; range_days: number | null; range_from: string | null; range_to: string | null }): ShareRange {
  if (row.range_kind === 'fixed' && row.range_from && row.range_to) return { kind: 'fixed', from: row.range_from, to: row.range_to };
  return { kind: 'rolling', days: row.range_days ?? DEFAULT_SHARE_DAYS };
}
