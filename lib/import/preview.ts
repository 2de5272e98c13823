/**
 * What an import would detect in a file, without storing anything: format, encoding, platform,
 * kind, data rows and date range. The import page shows it before the merchant commits to an
 * import. It runs the import's own reader (encoding sniff, header scan, row normaliser) and
 * stops before the database, so the preview and the import cannot disagree about a file.
 *
 * A preview may see only the first part of a large file: it then counts what it saw and says so
 * (`complete: false`), and the page extrapolates the row count from the bytes.
 */
import { dayOf } from '../time/china';
import { FileRejected } from './errors';
import { kindOfBytes } from './fileType';
import type { ColumnMapping, HeaderHint } from './mapping';
import { HELP_ROWS, type MappingHelp, mappingHelp } from './mappingHelp';
import { fileMessages, type Message } from './messages';
import { readHeadRows, readRecords } from './reader';
import { fileIn, jobDir } from './tempFiles';
import type { CaseRecord, FileKind, OrderRecord, PlatformId } from './types';

export interface PreviewResult {
  file: string;
  ok: boolean;
  /** Why the import would refuse the file (the import's own message); null when it looks importable. */
  message: Message | null;
  /** 'zip': an archive of exports, each imported (and shown) on its own when the archive is imported. */
  format: 'csv' | 'xlsx' | 'zip' | null;
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
  /** For a header Redline does not know (or a mapping that does not fit it): what the page maps it with. */
  mapping?: MappingHelp | null;
}

export interface PreviewOptions {
  platform?: PlatformId;
  mapping?: ColumnMapping;
  /** The chosen shop's saved mappings: a file with one of their headers is read as the import will read it. */
  saved?: HeaderHint['saved'];
  /** Whether `bytes` is the whole file or only its first part. */
  complete: boolean;
}

export interface PreviewRun extends PreviewOptions {
  /** Where a workbook is spooled; the default database's scratch folder unless said. */
  scratchFile?: (suffix: string) => string;
}

async function* once(b: Uint8Array): AsyncGenerator<Uint8Array> {
  if (b.length) yield b;
}

/** A partial CSV is cut at its last line break, so no character or row is left half read. */
function wholeLines(bytes: Uint8Array): Uint8Array {
  const nl = bytes.lastIndexOf(0x0a);
  return nl > 0 ? bytes.subarray(0, nl + 1) : bytes;
}

/** A preview that has seen nothing yet: what a file's preview starts from, or ends as when it could not run. */
export function emptyPreview(name: string, bytesSeen: number, complete: boolean): PreviewResult {
  return {
    file: name,
    ok: false,
    message: null,
    format: null,
    encoding: null,
    platform: null,
    kind: null,
    sheet: null,
    rows: 0,
    rowErrors: 0,
    dateFrom: null,
    dateTo: null,
    bytesSeen,
    complete,
    mapping: null,
  };
}

export async function previewFile(name: string, bytes: Uint8Array, opts: PreviewRun): Promise<PreviewResult> {
  const result = emptyPreview(name, bytes.length, opts.complete);
  const xlsx = kindOfBytes(bytes) === 'zip';
  const scratchFile = opts.scratchFile ?? ((suffix: string) => fileIn(jobDir(), suffix));
  const readable = opts.complete || xlsx ? bytes : wholeLines(bytes);
  // A zip's directory is at its end: part of a workbook cannot be read at all.
  if (xlsx && !opts.complete) return { ...result, format: /\.zip$/i.test(name) ? 'zip' : 'xlsx', ok: true };
  try {
    for await (const ev of readRecords(
      once(readable),
      name,
      { platform: opts.platform, mapping: opts.mapping, saved: opts.saved },
      { scratchFile },
    )) {
      if (ev.type === 'format') {
        result.format = ev.format;
        result.encoding = ev.encoding;
      } else if (ev.type === 'header') {
        result.platform = ev.info.platform;
        result.kind = ev.info.kind;
        result.sheet = ev.info.sheet;
      } else {
        result.rows += ev.rowsRead;
        for (const p of ev.problems) if (p.skipped) result.rowErrors++;
        for (const r of ev.records) {
          const at = result.kind === 'orders' ? (r as OrderRecord).paidAt : (r as CaseRecord).appliedAt;
          if (!at) continue;
          const day = dayOf(at);
          if (result.dateFrom === null || day < result.dateFrom) result.dateFrom = day;
          if (result.dateTo === null || day > result.dateTo) result.dateTo = day;
        }
      }
    }
    if (result.rows === 0 && opts.complete) throw new FileRejected(fileMessages.noRows(name));
    result.ok = true;
  } catch (e) {
    if (!(e instanceof FileRejected)) throw e;
    // An archive of exports, not a workbook: its files are read when it is imported.
    if (e.msg.code === 'file.archive_here') return { ...result, format: 'zip', ok: true };
    // The end of a partial file may hold an unclosed quote: what came before still counts.
    if (!opts.complete && result.kind !== null) result.ok = true;
    else result.message = e.msg;
    if (e.msg.code === 'file.unknown_header') {
      const rows = await readHeadRows(once(readable), name, HELP_ROWS, { scratchFile });
      result.mapping = mappingHelp(rows, {
        kind: opts.mapping?.kind,
        platform: opts.mapping?.platform ?? opts.platform,
      });
    }
  }
  return result;
}
