/**
 * File bytes -> canonical records: the rows (rowSource.ts), the header found among the first of
 * them, row normalising and the cut-off check. Pure work with no database, so it can run in a
 * worker thread while the main thread writes.
 */

import { encodingName } from './decode';
import { FileRejected } from './errors';
import { HEADER_SCAN_ROWS, type HeaderMatch } from './header';
import { LIMITS } from './limits';
import { type HeaderHint, headerKey, likelyHeader, resolveHeader } from './mapping';
import { fileMessages, type Message } from './messages';
import { makeNormalizer } from './normalize';
import { PLATFORM_SPECS } from './platforms';
import { type Format, oleMessage, type ReadOptions, rowBatches, type SheetBatch, sniff } from './rowSource';
import type { CaseRecord, FileKind, OrderRecord, PlatformId } from './types';

export interface HeaderInfo {
  platform: PlatformId;
  kind: FileKind;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sheet: string | null;
  lineItems: boolean;
  /** The header's column names as a saved mapping is keyed (mapping.ts headerKey). */
  headerKey: string;
}

export interface RowProblem {
  line: number;
  column: string | null;
  message: Message;
  /** false: the row was imported and only a cell it can do without was bad. */
  skipped: boolean;
}

export type ReaderEvent =
  | { type: 'format'; format: 'csv' | 'xlsx'; encoding: string | null }
  | { type: 'header'; info: HeaderInfo }
  | { type: 'batch'; records: (OrderRecord | CaseRecord)[]; problems: RowProblem[]; rowsRead: number };

const isBlank = (row: readonly string[]) =>
  row.every((c) => c === '' || c == null || (row.length === 1 && c.trim() === ''));

export async function* readRecords(
  bytes: AsyncIterable<Uint8Array>,
  name: string,
  hint: HeaderHint,
  opts: ReadOptions,
): AsyncGenerator<ReaderEvent> {
  const { format: sniffed, bytes: all } = await sniff(bytes[Symbol.asyncIterator](), name);
  if (sniffed.format === 'ole') throw new FileRejected(await oleMessage(all, name, opts));
  const format: Format = sniffed;
  const encoding = format.format === 'csv' ? encodingName(format.encoding) : null;
  yield { type: 'format', format: format.format, encoding };
  const batches = rowBatches(format, all, name, opts);
  let leadingBlanks = 0;
  try {
    yield* records(
      batches,
      name,
      hint,
      format,
      encoding,
      () => leadingBlanks,
      (n) => {
        leadingBlanks += n;
        if (leadingBlanks > LIMITS.leadingBlankLines)
          throw new FileRejected(fileMessages.overLimit(name, 'leadingBlankLines', leadingBlanks));
      },
    );
  } finally {
    await batches.return(undefined);
  }
}

/**
 * A file's first rows as they are (the first sheet with rows, for a workbook), for the merchant to
 * map its columns when its header is unknown. Rows are cut to the column limit; a file whose end was
 * cut off (a preview's part) gives the rows before the cut.
 */
export async function readHeadRows(
  bytes: AsyncIterable<Uint8Array>,
  name: string,
  limit: number,
  opts: ReadOptions,
): Promise<string[][]> {
  const rows: string[][] = [];
  try {
    const { format, bytes: all } = await sniff(bytes[Symbol.asyncIterator](), name);
    if (format.format === 'ole') return rows;
    let sheet: string | undefined;
    for await (const b of rowBatches(format, all, name, opts)) {
      if (rows.length && b.sheet !== sheet) break;
      sheet = b.sheet;
      for (const row of b.rows) {
        if (isBlank(row)) continue;
        rows.push(row.slice(0, LIMITS.columns).map((c) => String(c ?? '')));
        if (rows.length >= limit) return rows;
      }
    }
  } catch (e) {
    if (!(e instanceof FileRejected)) throw e;
  }
  return rows;
}

async function* records(
  batches: AsyncGenerator<SheetBatch>,
  name: string,
  hint: HeaderHint,
  format: Format,
  encoding: string | null,
  blanks: () => number,
  sawBlanks: (n: number) => void,
): AsyncGenerator<ReaderEvent> {
  // The header: the best match among the first rows (of each sheet, for a workbook).
  const head: { batch: SheetBatch; index: number }[] = [];
  const headRows = () => head.map((h) => h.batch.rows[h.index]);
  let match: HeaderMatch | null = null;
  let sheet: string | undefined;
  let rest: SheetBatch | null = null;
  let sawAnyRow = false;
  let skipSheet: string | undefined;
  for (;;) {
    const next = await batches.next();
    if (next.done) break;
    const b = next.value;
    if (b.sheet !== undefined && b.sheet === skipSheet) continue;
    if (b.rows.length) sawAnyRow = true;
    if (sheet !== undefined && b.sheet !== sheet) {
      match = resolveHeader(headRows(), hint);
      if (match) {
        rest = null;
        // The next sheet's rows are not this file's data.
        skipSheet = b.sheet;
        break;
      }
      head.length = 0;
    }
    sheet = b.sheet;
    let i = 0;
    for (; i < b.rows.length && head.length < HEADER_SCAN_ROWS; i++) {
      const row = b.rows[i];
      // Blank lines before the first row are passed over (within a limit), not counted as rows scanned.
      if (!head.length && isBlank(row)) {
        sawBlanks(1);
        continue;
      }
      if (row.length > LIMITS.columns) throw new FileRejected(fileMessages.headerTooWide(name, b.lines[i], row.length));
      head.push({ batch: b, index: i });
    }
    if (head.length >= HEADER_SCAN_ROWS) {
      match = resolveHeader(headRows(), hint);
      if (match) {
        rest =
          i < b.rows.length
            ? { rows: b.rows.slice(i), lines: b.lines.slice(i), unterminated: b.unterminated, sheet: b.sheet }
            : null;
        break;
      }
      if (b.sheet === undefined) break;
      head.length = 0;
      skipSheet = b.sheet;
    }
  }
  if (!match && head.length) match = resolveHeader(headRows(), hint);
  if (!match) {
    if (!head.length && blanks() > 0) throw new FileRejected(fileMessages.blankLinesOnly(name, blanks()));
    if (!sawAnyRow) throw new FileRejected(fileMessages.empty(name));
    throw new FileRejected(fileMessages.unknownHeader(name, HEADER_SCAN_ROWS, likelyHeader(headRows()), hint.platform));
  }
  const dataSheet = head[match.rowIndex].batch.sheet ?? null;
  const spec = PLATFORM_SPECS[match.platform];
  yield {
    type: 'header',
    info: {
      platform: match.platform,
      kind: match.kind,
      format: format.format,
      encoding,
      sheet: dataSheet,
      lineItems:
        spec.orders.lineItems ||
        (match.kind === 'orders' && (spec.orders.lineItemMarkers ?? []).some((m) => match.headers.includes(m))),
      headerKey: headerKey(match.headers),
    },
  };

  // Rows after the header that were read while looking for it.
  const pre: SheetBatch = { rows: [], lines: [] };
  for (let k = match.rowIndex + 1; k < head.length; k++) {
    pre.rows.push(head[k].batch.rows[head[k].index]);
    pre.lines.push(head[k].batch.lines[head[k].index]);
  }
  if (head.length && head[head.length - 1].batch.unterminated && !rest) pre.unterminated = true;

  const normalize = makeNormalizer(match, { padShortRows: format.format === 'xlsx' });
  const width = match.headers.length;
  let totalRows = 0;
  const toEvent = (b: SheetBatch, isLast: boolean): ReaderEvent => {
    const records: (OrderRecord | CaseRecord)[] = [];
    const problems: RowProblem[] = [];
    let rowsRead = 0;
    for (let r = 0; r < b.rows.length; r++) {
      const row = b.rows[r];
      if (row.length === 1 && row[0].trim() === '') continue; // blank line
      if (row.every((c) => c === '' || c == null)) continue;
      const line = b.lines[r];
      if (row.length > LIMITS.columns) throw new FileRejected(fileMessages.tooManyColumns(name, line, row.length));
      for (let c = 0; c < row.length; c++)
        if (row[c].length > LIMITS.cellChars)
          throw new FileRejected(fileMessages.cellTooLong(name, line, row[c].length));
      if (++totalRows > LIMITS.rows) throw new FileRejected(fileMessages.overLimit(name, 'rows', line));
      if (isLast && b.unterminated && r === b.rows.length - 1 && row.length < width && format.format === 'csv') {
        throw new FileRejected(fileMessages.cutMidRow(name, line, row.length, width));
      }
      rowsRead++;
      const n = normalize(row);
      if (!n.ok) {
        problems.push({ line, column: n.error.column, message: n.error.message, skipped: true });
        continue;
      }
      if (n.warnings)
        for (const w of n.warnings) problems.push({ line, column: w.column, message: w.message, skipped: false });
      records.push(n.record);
    }
    return { type: 'batch', records, problems, rowsRead };
  };

  // One batch behind, so the last batch is known: a cut-off last row shows there.
  let pending: SheetBatch | null = pre.rows.length ? pre : null;
  const queue: SheetBatch[] = rest ? [rest] : [];
  for (;;) {
    let b: SheetBatch | undefined = queue.shift();
    if (!b) {
      const next = await batches.next();
      if (next.done) break;
      b = next.value;
      // The data sheet is over: later sheets are not this file's data, and are not read.
      if (b.sheet !== undefined && b.sheet !== dataSheet) {
        if (pending) break;
        continue;
      }
    }
    if (pending) yield toEvent(pending, false);
    pending = b;
  }
  if (pending) yield toEvent(pending, true);
}
