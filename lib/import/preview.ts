/**
 * What an import would detect in a file, without storing anything: format, encoding, platform,
 * kind, data rows and date range. The import page shows it before the merchant commits to an
 * import. It reuses the pipeline's own detection (encoding sniff, header scan, row normaliser), so
 * the preview and the import cannot disagree about a file.
 *
 * A preview may see only the first part of a large file: it then counts what it saw and says so
 * (`complete: false`), and the page extrapolates the row count from the bytes.
 */
import { dayOf } from '../time/china';
import { type RowBatch, readCsvRows, sniffCsvLayout } from './csv';
import { decodeStream, encodingName, sniffEncoding } from './decode';
import { FileRejected } from './errors';
import { detectHeader, expectedHeaderNames, HEADER_SCAN_ROWS } from './header';
import { fileMessages, type Message } from './messages';
import { makeNormalizer } from './normalize';
import { PLATFORM_SPECS } from './platforms';
import type { CaseRecord, FileKind, OrderRecord, PlatformId } from './types';
import { readXlsxRows } from './xlsx';

export interface PreviewResult {
  file: string;
  ok: boolean;
  /** Why the import would refuse the file (the import's own message); null when it looks importable. */
  message: Message | null;
  format: 'csv' | 'xlsx' | null;
  encoding: string | null;
  platform: PlatformId | null;
  kind: FileKind | null;
  sheet: string | null;
  /** Data rows seen after the header (blank lines not counted). */
  rows: number;
  /** Rows the normaliser would skip with a row error, among those seen. */
  rowErrors: number;
  /** Payment days (orders) or application days (after-sales) seen. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Bytes looked at, and whether that was the whole file. */
  bytesSeen: number;
  complete: boolean;
}

export interface PreviewOptions {
  platform?: PlatformId;
  /** Whether `bytes` is the whole file or only its first part. */
  complete: boolean;
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const XLS_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

async function* once(b: Uint8Array): AsyncGenerator<Uint8Array> {
  if (b.length) yield b;
}

/** A partial CSV is cut at its last line break, so no character or row is left half read. */
function wholeLines(bytes: Uint8Array): Uint8Array {
  const nl = bytes.lastIndexOf(0x0a);
  return nl > 0 ? bytes.subarray(0, nl + 1) : bytes;
}

export async function previewFile(name: string, bytes: Uint8Array, opts: PreviewOptions): Promise<PreviewResult> {
  const result: PreviewResult = {
    file: name, ok: false, message: null, format: null, encoding: null, platform: null, kind: null, sheet: null,
    rows: 0, rowErrors: 0, dateFrom: null, dateTo: null, bytesSeen: bytes.length, complete: opts.complete,
  };
  try {
    if (bytes.length === 0) throw new FileRejected(fileMessages.empty(name));
    let batches: AsyncGenerator<RowBatch & { sheet?: string }>;
    if (startsWith(bytes, XLSX_MAGIC)) {
      result.format = 'xlsx';
      // A zip's directory is at its end: part of a workbook cannot be read at all.
      if (!opts.complete) return { ...result, ok: true };
      batches = readXlsxRows(once(bytes));
    } else {
      if (startsWith(bytes, XLS_MAGIC)) throw new FileRejected(fileMessages.legacyXls(name));
      const encoding = sniffEncoding(bytes, name);
      result.format = 'csv';
      result.encoding = encodingName(encoding);
      const text = decodeStream(once(opts.complete ? bytes : wholeLines(bytes)), encoding, name);
      const first = await text.next();
      if (first.done || first.value.replace(/^\uFEFF/, '').trim() === '') throw new FileRejected(fileMessages.empty(name));
      const all = async function* () {
        yield first.value;
        yield* text;
      };
      batches = readCsvRows(all(), name, sniffCsvLayout(first.value));
    }
    await scan(batches, name, opts, result);
    result.ok = true;
  } catch (e) {
    if (!(e instanceof FileRejected)) throw e;
    result.message = e.msg;
    result.ok = false;
  }
  return result;
}

async function scan(batches: AsyncGenerator<RowBatch & { sheet?: string }>, name: string, opts: PreviewOptions, result: PreviewResult) {
  // The first rows of the first sheet that has a header, as the pipeline looks for it.
  const head: string[][] = [];
  let sheet: string | undefined;
  let rest: string[][] = [];
  let match: ReturnType<typeof detectHeader> = null;
  let sawRow = false;
  for (;;) {
    const next = await batches.next().catch((e) => {
      // The end of a partial file may hold an unclosed quote: what came before still counts.
      if (!opts.complete && e instanceof FileRejected) return { done: true as const, value: undefined };
      throw e;
    });
    if (next.done) break;
    const b = next.value;
    if (b.rows.length) sawRow = true;
    if (sheet !== undefined && b.sheet !== sheet && !match) {
      match = detectHeader(head, opts.platform);
      if (match) {
        result.sheet = sheet ?? null;
        await drain(batches);
        break;
      }
      head.length = 0;
    }
    sheet = b.sheet;
    if (match) {
      if (b.sheet === undefined || b.sheet === result.sheet) rest.push(...b.rows);
      continue;
    }
    for (const row of b.rows) {
      if (head.length < HEADER_SCAN_ROWS) head.push(row);
      else rest.push(row);
    }
    if (head.length >= HEADER_SCAN_ROWS) {
      match = detectHeader(head, opts.platform);
      if (match) result.sheet = b.sheet ?? null;
      else if (!b.sheet) break;
      else {
        head.length = 0;
        rest = [];
      }
    }
    if (rest.length > 50_000) countRows(match, rest.splice(0), result);
  }
  if (!match && head.length) {
    match = detectHeader(head, opts.platform);
    if (match) result.sheet = sheet ?? null;
  }
  if (!match) {
    if (!sawRow) throw new FileRejected(fileMessages.empty(name));
    const expected = expectedHeaderNames(opts.platform);
    throw new FileRejected(
      fileMessages.unknownHeader(name, HEADER_SCAN_ROWS, expected.orders, expected.afterSales, opts.platform ? PLATFORM_SPECS[opts.platform].name.zh : undefined),
    );
  }
  result.platform = match.platform;
  result.kind = match.kind;
  countRows(match, [...head.slice(match.rowIndex + 1), ...rest], result);
  if (result.rows === 0 && opts.complete) throw new FileRejected(fileMessages.noRows(name));
}

const normalizers = new WeakMap<object, ReturnType<typeof makeNormalizer>>();

function countRows(match: NonNullable<ReturnType<typeof detectHeader>> | null, rows: string[][], result: PreviewResult) {
  if (!match) return;
  let normalize = normalizers.get(match);
  if (!normalize) normalizers.set(match, (normalize = makeNormalizer(match)));
  for (const row of rows) {
    if (row.every((c) => c == null || String(c).trim() === '')) continue;
    result.rows++;
    const n = normalize(row);
    if (!n.ok) {
      result.rowErrors++;
      continue;
    }
    const at = match.kind === 'orders' ? (n.record as OrderRecord).paidAt : (n.record as CaseRecord).appliedAt;
    if (!at) continue;
    const day = dayOf(at);
    if (result.dateFrom === null || day < result.dateFrom) result.dateFrom = day;
    if (result.dateTo === null || day > result.dateTo) result.dateTo = day;
  }
}

async function drain(it: AsyncGenerator<unknown>) {
  await it.return(undefined);
}
