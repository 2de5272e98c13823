/**
 * What the import page needs to let a merchant map a file whose header Redline does not know: the
 * likely header's columns, an example value of each, a few rows, the suggested mapping for either
 * kind, and the values (with counts) of the columns that look like a status, so the merchant can
 * mark which of them mean "the platform stepped in".
 */
import { cleanCell, cleanHeader } from './cells';
import { likelyHeaderRow, type MappingSuggestion, suggestMapping, valueCounts } from './mapping';
import type { FileKind, PlatformId } from './types';

/** Rows read for the suggestion and the value counts. */
export const HELP_ROWS = 2000;
/** A column with at most this many distinct values is listed with its values. */
const STATUS_VALUES = 20;
const SAMPLE_ROWS = 3;
const EXAMPLE_CHARS = 40;

export interface MappingHelp {
  /** The likely header's column names (cleaned), blanks dropped. */
  columns: string[];
  /** The first non-empty value of each column, shortened. */
  examples: Record<string, string>;
  /** The first data rows, by column name. */
  sample: Record<string, string>[];
  /** The kind the file most likely is, and the suggestion for each kind. */
  kind: FileKind;
  platform: PlatformId | null;
  suggestions: Record<FileKind, MappingSuggestion>;
  /** Status-like columns (few distinct values): their values, most frequent first. */
  values: Record<string, { value: string; count: number }[]>;
  /** Data rows these figures were taken from. */
  rowsSeen: number;
}

const short = (v: string) => (v.length > EXAMPLE_CHARS ? `${v.slice(0, EXAMPLE_CHARS - 1)}…` : v);

/** The mapping help for a file's first rows; null when no row has a named cell. */
export function mappingHelp(
  rows: readonly (readonly string[])[],
  given: { kind?: FileKind; platform?: PlatformId } = {},
): MappingHelp | null {
  const at = likelyHeaderRow(rows);
  if (at < 0) return null;
  const names = rows[at].map((c) => cleanHeader(String(c ?? '')));
  const data = rows.slice(at + 1);
  const seen = new Set<string>();
  // A name's first column is the one a mapping finds (mapping.ts matchWithMapping).
  const indexed = names
    .map((name, i) => ({ name, i }))
    .filter(({ name }) => name !== '' && !seen.has(name) && seen.add(name));
  const examples: Record<string, string> = {};
  const values: Record<string, { value: string; count: number }[]> = {};
  for (const { name, i } of indexed) {
    const first = data.map((r) => cleanCell(r[i])).find((v) => v !== '');
    if (first !== undefined) examples[name] = short(first);
    const counts = valueCounts(data, i, STATUS_VALUES + 1);
    const distinct = counts.length;
    // A status: few values, repeated (not an ID or a time that differs on every row). Kept whole:
    // the values ticked are matched against the cells.
    if (distinct > 0 && distinct <= STATUS_VALUES && distinct < data.length) values[name] = counts;
  }
  const sampleRows = data.slice(0, SAMPLE_ROWS).map((r) => {
    const out: Record<string, string> = {};
    for (const { name, i } of indexed) out[name] = short(cleanCell(r[i]));
    return out;
  });
  const guess = suggestMapping(names, data, { platform: given.platform });
  return {
    columns: indexed.map((c) => c.name),
    examples,
    sample: sampleRows,
    kind: given.kind ?? guess.kind,
    platform: given.platform ?? guess.platform,
    suggestions: {
      orders: suggestMapping(names, data, { kind: 'orders', platform: given.platform }),
      afterSales: suggestMapping(names, data, { kind: 'afterSales', platform: given.platform }),
    },
    values,
    rowsSeen: data.length,
  };
}
