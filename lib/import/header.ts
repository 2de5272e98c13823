import { cleanHeader } from './cells';
import { PLATFORM_SPECS, platformSpecs } from './platforms';
import type { FileKind, KindSpec, PlatformId, PlatformSpec } from './types';

/** How many leading rows may hold notices before the header (PDD: "3个月前…仅支持在页面查看"). */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderMatch {
  /** Index of the header among the rows scanned (0-based). */
  rowIndex: number;
  platform: PlatformId;
  kind: FileKind;
  /** Canonical field -> column index. */
  columns: Record<string, number>;
  headers: string[];
  score: number;
  /** Date fields with more than one of their names present: the further columns, read when the first is blank. */
  fallbacks?: Record<string, number[]>;
  /** From a merchant's column mapping: the status values that mean "the platform stepped in". */
  interventionValues?: readonly string[];
}

/** The same event under several names (PDD: 订单成交时间, or 支付时间 where that is blank). */
const DATE_FIELDS = new Set(['paidAt', 'createdAt', 'shippedAt', 'receivedAt', 'appliedAt', 'completedAt']);

function matchKind(
  headers: string[],
  spec: KindSpec<string>,
): { columns: Record<string, number>; fallbacks: Record<string, number[]>; score: number } | null {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h && !index.has(h)) index.set(h, i);
  });
  const columns: Record<string, number> = {};
  const fallbacks: Record<string, number[]> = {};
  let matched = 0;
  for (const [field, names] of Object.entries(spec.fields) as [string, readonly string[]][]) {
    for (const name of names) {
      const i = index.get(name);
      if (i === undefined) continue;
      if (columns[field] === undefined) {
        columns[field] = i;
        matched++;
        if (!DATE_FIELDS.has(field)) break;
      } else {
        fallbacks[field] ??= [];
        fallbacks[field].push(i);
      }
    }
  }
  if (spec.required.some((f) => columns[f] === undefined)) return null;
  const signature = spec.signature.reduce((n, s) => n + (index.has(s) ? 1 : 0), 0);
  return { columns, fallbacks, score: matched + 2 * signature };
}

function candidates(forced?: PlatformId): PlatformSpec[] {
  return forced ? [PLATFORM_SPECS[forced]] : [...platformSpecs];
}

/**
 * The best header among the first rows: the row, platform and kind whose dictionary it matches
 * most. A wrongly decoded file never matches, because its header names come out garbled.
 */
export function detectHeader(rows: readonly (readonly string[])[], forced?: PlatformId): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const headers = rows[r].map((h) => cleanHeader(String(h ?? '')));
    if (headers.filter(Boolean).length < 2) continue;
    for (const spec of candidates(forced)) {
      for (const kind of ['orders', 'afterSales'] as const) {
        const m = matchKind(headers, spec[kind] as KindSpec<string>);
        if (!m) continue;
        // An after-sales file must say something about intervention to be of use.
        if (
          kind === 'afterSales' &&
          m.columns.status === undefined &&
          m.columns.interventionStatus === undefined &&
          m.columns.interventionFlag === undefined
        )
          continue;
        if (!best || m.score > best.score) {
          best = {
            rowIndex: r,
            platform: spec.id,
            kind,
            columns: m.columns,
            fallbacks: m.fallbacks,
            headers,
            score: m.score,
          };
        }
      }
    }
  }
  return best;
}
