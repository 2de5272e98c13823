/**
 * Which days a shop's exports cover, and which days' windows therefore rest on complete data.
 * A window that reaches a day no order export (or no after-sales export) covers is computed on
 * missing data: its figures are partial and it gets no verdict. Pure: spans in, answers out.
 */
import { addDays, dayToNumber, numberToDay } from '../time/china';
import { WINDOW_DAYS } from './rolling';

/** Days `from` … `to`, both included (China calendar day keys). */
export interface Span {
  from: string;
  to: string;
}

export type CoverageKind = 'orders' | 'afterSales';

export interface Coverage {
  orders: Span[];
  afterSales: Span[];
}

/** No export is dated before this; anything earlier is a typing error, not data. */
export const EARLIEST_DAY = '2000-01-01';

/**
 * Spans merged into the fewest disjoint ones, in order; touching spans (03-31 and 04-01) join.
 * Spans are clipped to [EARLIEST_DAY, latest] first, so a wrong date can never stretch coverage.
 */
export function unionSpans(spans: readonly Span[], latest?: string): Span[] {
  const clipped = spans
    .map((s) => ({ from: s.from < EARLIEST_DAY ? EARLIEST_DAY : s.from, to: latest && s.to > latest ? latest : s.to }))
    .filter((s) => s.from <= s.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Span[] = [];
  for (const s of clipped) {
    const last = out.at(-1);
    if (last && dayToNumber(s.from) <= dayToNumber(last.to) + 1) {
      if (s.to > last.to) last.to = s.to;
    } else out.push({ ...s });
  }
  return out;
}

/** Whether one span of the (merged) list holds every day of [from, to]. */
export function spansCover(spans: readonly Span[], from: string, to: string): boolean {
  return spans.some((s) => s.from <= from && s.to >= to);
}

/** Whether any span of the list holds a day of [from, to]. */
function spansMeet(spans: readonly Span[], from: string, to: string): boolean {
  return spans.some((s) => s.from <= to && s.to >= from);
}

/**
 * Whether what one kind of export tells is known at all for the window ending on `day`: some day of
 * it lies inside that kind's coverage. Interventions are read only from after-sales exports and
 * orders only from order exports, so without one the figure is unknown, not 0; with part of the
 * window covered it is partial (and the day incomplete).
 */
export function windowMeets(spans: readonly Span[], day: string, window = WINDOW_DAYS): boolean {
  return spansMeet(spans, addDays(day, -(window - 1)), day);
}

/** A day is complete when its whole window, D-(window-1) … D, lies inside both kinds' coverage. */
export function isDayComplete(c: Coverage, day: string, window = WINDOW_DAYS): boolean {
  const from = addDays(day, -(window - 1));
  return spansCover(c.orders, from, day) && spansCover(c.afterSales, from, day);
}

/** The latest complete day, or null when no window is covered by both kinds. Spans must be merged. */
export function latestCompleteDay(c: Coverage, window = WINDOW_DAYS): string | null {
  let best: number | null = null;
  for (const o of c.orders) {
    for (const a of c.afterSales) {
      const from = Math.max(dayToNumber(o.from), dayToNumber(a.from));
      const to = Math.min(dayToNumber(o.to), dayToNumber(a.to));
      if (to - from + 1 >= window && (best === null || to > best)) best = to;
    }
  }
  return best === null ? null : numberToDay(best);
}

/**
 * What a shop with no complete day must import: for each kind, the days of the target range its
 * coverage lacks. The target is the hull of the latest span of each kind there is, stretched
 * back to one full window; so an orders-only shop covering 02-01 … 03-31 is asked for the
 * after-sales export of 02-01 … 03-31.
 */
export function missingCoverage(c: Coverage, window = WINDOW_DAYS): { kind: CoverageKind; from: string; to: string }[] {
  const latest = [c.orders.at(-1), c.afterSales.at(-1)].filter((s): s is Span => s !== undefined);
  if (!latest.length) return [];
  const to = latest
    .map((s) => s.to)
    .sort()
    .at(-1)!;
  let from = latest.map((s) => s.from).sort()[0];
  if (dayToNumber(to) - dayToNumber(from) + 1 < window) from = addDays(to, -(window - 1));
  const out: { kind: CoverageKind; from: string; to: string }[] = [];
  for (const kind of ['orders', 'afterSales'] as const) {
    // Walk the target range, collecting the stretches no span of this kind covers.
    let cursor = from;
    for (const s of c[kind]) {
      if (s.to < cursor) continue;
      if (s.from > to) break;
      if (s.from > cursor) out.push({ kind, from: cursor, to: addDays(s.from, -1) });
      cursor = addDays(s.to, 1);
      if (cursor > to) break;
    }
    if (cursor <= to) out.push({ kind, from: cursor, to });
  }
  return out;
}

/**
 * The span an import covers: its rows' span, widened to what the merchant says they exported and
 * to the day before the export time in the file name (the export day itself is covered only up to
 * the minute of the export). Null when there is nothing to go on.
 */
export function importSpan(rows: Span | null, ...widen: (Span | string | null | undefined)[]): Span | null {
  let span = rows ? { ...rows } : null;
  for (const w of widen) {
    if (!w) continue;
    if (typeof w === 'string') {
      // An export time says where the file ends, never where it begins.
      if (span && w > span.to) span.to = w;
      continue;
    }
    const s = w;
    if (!span) span = { ...s };
    else {
      if (s.from < span.from) span.from = s.from;
      if (s.to > span.to) span.to = s.to;
    }
  }
  return span;
}
