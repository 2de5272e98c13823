/**
 * Column mapping: when a file's header matches no platform dictionary (merchants choose and
 * re-arrange columns in every back end), the merchant says which column holds which field. Redline
 * suggests a mapping from the column names (similar to the names it knows) and from the values
 * (dates, money, IDs), and a mapping saved for a shop and header imports later files by itself.
 */
import { parseChinaDateTime } from '../time/china';
import { cleanCell, cleanHeader, MONEY_INVALID, parseMoneyCents } from './cells';
import { detectHeader, HEADER_SCAN_ROWS, type HeaderMatch } from './header';
import { platformSpecs } from './platforms';
import { CASE_FIELDS, type FileKind, ORDER_FIELDS, type PlatformId } from './types';

export interface ColumnMapping {
  platform: PlatformId;
  kind: FileKind;
  /** Field -> the header name of the column that holds it. */
  columns: Record<string, string>;
  /** After-sales: the values of the status columns that mean "the platform stepped in". */
  interventionValues?: readonly string[];
}

export const fieldsOf = (kind: FileKind): readonly string[] => (kind === 'orders' ? ORDER_FIELDS : CASE_FIELDS);

/** What a kind cannot do without: its required fields, and for after-sales something that says "intervened". */
export function missingFields(kind: FileKind, columns: Record<string, unknown>): string[] {
  const required = new Set<string>(platformSpecs.flatMap((spec) => spec[kind].required));
  const missing = [...required].filter((f) => columns[f] === undefined);
  if (kind === 'afterSales' && !['status', 'interventionStatus', 'interventionFlag'].some((f) => f in columns))
    missing.push('interventionStatus');
  return missing;
}

/** Parses `--map FIELD=COLUMN` arguments; unknown fields are an error naming the ones there are. */
export function parseMapArgs(args: readonly string[], kind: FileKind): Record<string, string> {
  const fields = fieldsOf(kind);
  const columns: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const field = eq > 0 ? arg.slice(0, eq).trim() : '';
    const column = eq > 0 ? cleanHeader(arg.slice(eq + 1)) : '';
    if (!fields.includes(field) || !column)
      throw new Error(`--map ${arg}: expected FIELD=COLUMN with FIELD one of ${fields.join(', ')}`);
    columns[field] = column;
  }
  return columns;
}

/** The header row among the first rows that holds every mapped column, as a header match. */
export function matchWithMapping(rows: readonly (readonly string[])[], mapping: ColumnMapping): HeaderMatch | null {
  const wanted = Object.entries(mapping.columns);
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const headers = rows[r].map((h) => cleanHeader(String(h ?? '')));
    const columns: Record<string, number> = {};
    for (const [field, name] of wanted) {
      const i = headers.indexOf(name);
      if (i < 0) break;
      columns[field] = i;
    }
    if (Object.keys(columns).length !== wanted.length || missingFields(mapping.kind, columns).length) continue;
    return {
      rowIndex: r,
      platform: mapping.platform,
      kind: mapping.kind,
      columns,
      headers,
      score: wanted.length,
      interventionValues: mapping.interventionValues,
    };
  }
  return null;
}

const KEY_SEPARATOR = '\u001f';

/** The header as a key a saved mapping is found by: the column names in order, blanks dropped. */
export function headerKey(headers: readonly string[]): string {
  return headers
    .map((h) => cleanHeader(String(h ?? '')))
    .filter(Boolean)
    .join(KEY_SEPARATOR);
}

/** The column names a header key was made of. */
export const headerColumns = (key: string): string[] => key.split(KEY_SEPARATOR);

type ValueKind = 'id' | 'date' | 'money' | 'intervention' | 'text';

const FIELD_VALUES: Record<string, ValueKind> = {
  orderNo: 'id',
  caseNo: 'id',
  paidAt: 'date',
  createdAt: 'date',
  shippedAt: 'date',
  receivedAt: 'date',
  appliedAt: 'date',
  completedAt: 'date',
  deadlineAt: 'date',
  amount: 'money',
  interventionStatus: 'intervention',
};

/** The share of a column's non-empty sample values that look like each kind of value. */
function valueShape(values: readonly string[]): Record<ValueKind, number> {
  const cells = values.map((v) => cleanCell(v)).filter(Boolean);
  const n = Math.max(1, cells.length);
  const share = (test: (v: string) => boolean) => cells.filter(test).length / n;
  return {
    date: share((v) => parseChinaDateTime(v) !== null),
    money: share((v) => /\d\.\d{1,2}(元)?$/.test(v) && parseMoneyCents(v) !== MONEY_INVALID),
    id:
      share((v) => /^[A-Za-z0-9-]{6,40}$/.test(v) && /\d{4}/.test(v)) *
      (new Set(cells).size === cells.length ? 1 : 0.5),
    intervention: cells.some((v) => /介入|仲裁|小二/.test(v)) ? 1 : 0,
    text: cells.length ? 1 : 0,
  };
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out.length ? out : [s];
}

/** 1 for the same name, 0.85 when one contains the other, else the Dice overlap of their character pairs. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a))) return 0.85;
  const x = bigrams(a);
  const y = new Map<string, number>();
  for (const g of bigrams(b)) y.set(g, (y.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const c = y.get(g) ?? 0;
    if (c > 0) {
      common++;
      y.set(g, c - 1);
    }
  }
  return (2 * common) / (x.length + bigrams(b).length);
}

function knownNames(kind: FileKind, field: string): string[] {
  const names = new Set<string>();
  for (const spec of platformSpecs)
    for (const n of (spec[kind].fields as Record<string, readonly string[] | undefined>)[field] ?? []) names.add(n);
  return [...names];
}

export interface MappingSuggestion {
  kind: FileKind;
  platform: PlatformId | null;
  /** Field -> suggested column name (absent where nothing fits). */
  columns: Record<string, string>;
  /** Fields the kind needs that no column was suggested for. */
  missing: string[];
}

/** How well a column fits a field, from its name and its values, 0..1. */
function fitScore(kind: FileKind, field: string, header: string, shape: Record<ValueKind, number>): number {
  const byName = Math.max(0, ...knownNames(kind, field).map((n) => nameSimilarity(header, n)));
  const expected = FIELD_VALUES[field] ?? 'text';
  const byValue = expected === 'text' ? 0.5 * (1 - Math.max(shape.date, shape.money)) : shape[expected];
  return 0.7 * byName + 0.3 * byValue;
}

/** Suggests a mapping for a header and some sample rows (kind and platform as given, or guessed). */
export function suggestMapping(
  headers: readonly string[],
  sample: readonly (readonly string[])[],
  given: { kind?: FileKind; platform?: PlatformId } = {},
): MappingSuggestion {
  const names = headers.map((h) => cleanHeader(String(h ?? '')));
  const shapes = names.map((_, i) => valueShape(sample.map((r) => r[i] ?? '')));
  const assign = (kind: FileKind) => {
    const scored: { field: string; column: number; score: number }[] = [];
    for (const field of fieldsOf(kind))
      names.forEach((h, column) => {
        if (h) scored.push({ field, column, score: fitScore(kind, field, h, shapes[column]) });
      });
    scored.sort((a, b) => b.score - a.score);
    const columns: Record<string, string> = {};
    const used = new Set<number>();
    let total = 0;
    for (const s of scored) {
      if (s.score < 0.45 || s.field in columns || used.has(s.column)) continue;
      columns[s.field] = names[s.column];
      used.add(s.column);
      total += s.score;
    }
    return { columns, total };
  };
  const orders = assign('orders');
  const cases = assign('afterSales');
  // A file with a case number and an application time that fits after-sales better is after-sales.
  const looksLikeCases =
    cases.columns.caseNo !== undefined && cases.columns.appliedAt !== undefined && cases.total >= orders.total;
  const kind = given.kind ?? (looksLikeCases ? 'afterSales' : 'orders');
  const chosen = kind === 'orders' ? orders : cases;
  const platform =
    given.platform ??
    platformSpecs
      .map((spec) => ({ id: spec.id, n: spec[kind].signature.filter((s) => names.includes(s)).length }))
      .filter((p) => p.n > 0)
      .sort((a, b) => b.n - a.n)[0]?.id ??
    null;
  return { kind, platform, columns: chosen.columns, missing: missingFields(kind, chosen.columns) };
}

/** The distinct values of one column with how often each occurs, most frequent first (at most `limit`). */
export function valueCounts(
  rows: readonly (readonly string[])[],
  column: number,
  limit = 50,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const v = cleanCell(r[column]);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

/** What the merchant said about a file before it is read: its platform, an explicit mapping, the shop's saved ones. */
export interface HeaderHint {
  platform?: PlatformId;
  /** Chosen for this file (on the import page or with --map): it decides the header. */
  mapping?: ColumnMapping;
  /** The shop's saved mappings: one applies to a file whose header is exactly the one it was saved for. */
  saved?: readonly (ColumnMapping & { headerKey: string })[];
}

/** The header of a file: by the merchant's mapping, else a saved one for this very header, else the dictionaries. */
export function resolveHeader(rows: readonly (readonly string[])[], hint: HeaderHint = {}): HeaderMatch | null {
  if (hint.mapping) return matchWithMapping(rows, hint.mapping);
  for (const saved of hint.saved ?? []) {
    if (hint.platform && saved.platform !== hint.platform) continue;
    const m = matchWithMapping(rows, saved);
    if (m && headerKey(m.headers) === saved.headerKey) return m;
  }
  return detectHeader(rows, hint.platform);
}

/** The index of the row among the first ones most likely to be the header: the one with the most named cells. */
export function likelyHeaderRow(rows: readonly (readonly string[])[]): number {
  let best = -1;
  let named = 0;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, i) => {
    const n = row.filter((c) => cleanHeader(String(c ?? '')) !== '').length;
    if (n > named) {
      best = i;
      named = n;
    }
  });
  return best;
}

/** The row among the first ones most likely to be the header, its names cleaned. */
export function likelyHeader(rows: readonly (readonly string[])[]): string[] {
  const i = likelyHeaderRow(rows);
  return i < 0 ? [] : rows[i].map((c) => cleanHeader(String(c ?? '')));
}
