import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Connection } from '../db/connection';
import { rebuildDaily } from '../db/queries/rebuildDaily';
import { createShop, findShopByName } from '../db/queries/shops';
import { prepareCaseUpsert, prepareOrderUpsert } from '../db/queries/upsertRecords';
import { chinaWallClock, dayOf } from '../time/china';
import { type RowBatch, readCsvRows, sniffCsvLayout } from './csv';
import { decodeStream, encodingName, SNIFF_SIZE, sniffEncoding, type TextEncoding } from './decode';
import { FileRejected } from './errors';
import { detectHeader, expectedHeaderNames, HEADER_SCAN_ROWS, type HeaderMatch } from './header';
import { withImportLock } from './lock';
import { fileMessages, type Message } from './messages';
import { makeNormalizer } from './normalize';
import { PLATFORM_SPECS } from './platforms';
import type { CaseRecord, FileKind, OrderRecord, PlatformId } from './types';
import { readXlsxRows } from './xlsx';

export interface ImportInput {
  /** The file's own name, used in every message. */
  name: string;
  bytes: AsyncIterable<Uint8Array>;
  /** Total size when known, for progress. */
  size?: number;
}

export interface ImportProgress {
  phase: 'reading' | 'aggregating' | 'done';
  bytesRead: number;
  totalBytes: number | null;
  rowsRead: number;
}

export interface ImportOptions {
  /** The shop the file belongs to; created on first use with the detected platform. */
  shop?: string;
  /** Overrides platform detection. */
  platform?: PlatformId;
  onProgress?: (p: ImportProgress) => void;
  now?: () => Date;
}

export interface RowErrorReport {
  line: number;
  column: string | null;
  sheet?: string;
  message: Message;
}

export interface ImportSummary {
  file: string;
  outcome: 'imported' | 'rejected';
  message: Message | null;
  importId: number | null;
  shop: string | null;
  shopId: number | null;
  platform: PlatformId | null;
  kind: FileKind | null;
  format: 'csv' | 'xlsx' | null;
  encoding: string | null;
  sheet: string | null;
  sha256: string;
  sizeBytes: number;
  rowsRead: number;
  rowsNew: number;
  rowsUpdated: number;
  rowsSkipped: number;
  dateFrom: string | null;
  dateTo: string | null;
  errorCount: number;
  /** The first MAX_REPORTED_ERRORS row errors; errorCount has them all. */
  errors: RowErrorReport[];
}

export const MAX_REPORTED_ERRORS = 1000;
const PROGRESS_EVERY_BYTES = 1 << 20;

/** Reads a file from disk in 1 MiB chunks. */
export function fileInput(filePath: string): ImportInput {
  return {
    name: path.basename(filePath),
    bytes: fs.createReadStream(filePath, { highWaterMark: 1 << 20 }),
    size: fs.statSync(filePath).size,
  };
}

type Format = { format: 'csv'; encoding: TextEncoding } | { format: 'xlsx' };

/**
 * Imports one export file into one shop, in one transaction: a rejected file, a crash or a
 * killed process leaves the database as it was. Row errors are reported and the rest imported.
 */
export function importFile(conn: Connection, input: ImportInput, opts: ImportOptions = {}): Promise<ImportSummary> {
  return withImportLock(() => runImport(conn, input, opts));
}

async function runImport(conn: Connection, input: ImportInput, opts: ImportOptions): Promise<ImportSummary> {
  const now = opts.now ?? (() => new Date());
  const startedAt = chinaWallClock(now());
  const hash = createHash('sha256');
  const summary: ImportSummary = {
    file: input.name, outcome: 'rejected', message: null, importId: null, shop: null, shopId: null,
    platform: null, kind: null, format: null, encoding: null, sheet: null, sha256: '', sizeBytes: 0,
    rowsRead: 0, rowsNew: 0, rowsUpdated: 0, rowsSkipped: 0, dateFrom: null, dateTo: null, errorCount: 0, errors: [],
  };
  let lastProgressAt = 0;
  const progress = (phase: ImportProgress['phase']) =>
    opts.onProgress?.({ phase, bytesRead: summary.sizeBytes, totalBytes: input.size ?? null, rowsRead: summary.rowsRead });

  // Every byte passes through here: hashed, counted, reported.
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of input.bytes) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      hash.update(bytes);
      summary.sizeBytes += bytes.length;
      if (summary.sizeBytes - lastProgressAt >= PROGRESS_EVERY_BYTES) {
        lastProgressAt = summary.sizeBytes;
        progress('reading');
      }
      yield bytes;
    }
  }

  let inTransaction = false;
  try {
    const { format, bytes } = await sniff(counted(), input.name);
    summary.format = format.format;
    if (format.format === 'csv') summary.encoding = encodingName(format.encoding);
    const batches = rowBatches(format, bytes, input.name);

    // Header: the best match among the first rows (of each sheet, for a workbook).
    const head: { batch: RowBatch & { sheet?: string }; index: number }[] = [];
    let match: HeaderMatch | null = null;
    let sheet: string | undefined;
    let rest: RowBatch | null = null;
    let sawAnyRow = false;
    for (;;) {
      const next = await batches.next();
      if (next.done) break;
      const b = next.value as RowBatch & { sheet?: string };
      if (b.rows.length) sawAnyRow = true;
      if (sheet !== undefined && b.sheet !== sheet) {
        match = detectHeader(head.map((h) => h.batch.rows[h.index]), opts.platform);
        if (match) {
          rest = b;
          break;
        }
        head.length = 0;
      }
      sheet = b.sheet;
      let i = 0;
      for (; i < b.rows.length && head.length < HEADER_SCAN_ROWS; i++) head.push({ batch: b, index: i });
      if (head.length >= HEADER_SCAN_ROWS) {
        match = detectHeader(head.map((h) => h.batch.rows[h.index]), opts.platform);
        if (match) {
          rest = i < b.rows.length ? { rows: b.rows.slice(i), lines: b.lines.slice(i), unterminated: b.unterminated } : null;
          break;
        }
        if (!b.sheet) break;
        head.length = 0;
        // Skip the rest of this sheet.
        sheet = b.sheet;
      }
    }
    if (!match && head.length) match = detectHeader(head.map((h) => h.batch.rows[h.index]), opts.platform);
    if (!match) {
      if (!sawAnyRow || summary.sizeBytes === 0) throw new FileRejected(fileMessages.empty(input.name));
      const expected = expectedHeaderNames(opts.platform);
      throw new FileRejected(
        fileMessages.unknownHeader(input.name, HEADER_SCAN_ROWS, expected.orders, expected.afterSales,
          opts.platform ? PLATFORM_SPECS[opts.platform].name.zh : undefined),
      );
    }
    summary.platform = match.platform;
    summary.kind = match.kind;
    summary.sheet = head[0]?.batch.sheet ?? null;
    const spec = PLATFORM_SPECS[match.platform];

    // The rows after the header that were already read while looking for it.
    const afterHeader: RowBatch[] = [];
    const headerAt = match.rowIndex;
    const pre: RowBatch = { rows: [], lines: [] };
    for (let k = headerAt + 1; k < head.length; k++) {
      pre.rows.push(head[k].batch.rows[head[k].index]);
      pre.lines.push(head[k].batch.lines[head[k].index]);
    }
    const headBatch = head.length ? head[head.length - 1].batch : null;
    if (headBatch?.unterminated && !rest) pre.unterminated = true;
    if (pre.rows.length) afterHeader.push(pre);
    if (rest) afterHeader.push(rest);

    // The shop: named, or the platform's default one.
    const shopName = opts.shop?.trim() || spec.name.zh;
    summary.shop = shopName;
    const existing = await findShopByName(conn.db, shopName);
    if (existing && existing.platform !== match.platform) {
      throw new FileRejected(
        fileMessages.shopPlatformMismatch(input.name, shopName, PLATFORM_SPECS[existing.platform as PlatformId]?.name.zh ?? existing.platform, spec.name.zh),
      );
    }

    conn.raw.exec('BEGIN IMMEDIATE');
    inTransaction = true;
    const shopId = existing?.id ?? (await createShop(conn.db, shopName, match.platform, startedAt));
    summary.shopId = shopId;
    const importRow = await conn.db
      .insertInto('imports')
      .values({
        shop_id: shopId, file_name: input.name, sha256: null, size_bytes: null, platform: match.platform, kind: match.kind,
        encoding: summary.encoding ?? 'xlsx', outcome: 'running', started_at: startedAt, finished_at: startedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const importId = importRow.id;
    const table = match.kind === 'orders' ? 'orders' : 'cases';
    const countBefore = await countRows(conn, table, shopId);

    const normalize = makeNormalizer(match, { padShortRows: format.format === 'xlsx' });
    const width = match.headers.length;
    const writeOrder = match.kind === 'orders' ? prepareOrderUpsert(conn, spec.orders.lineItems) : null;
    const writeCase = match.kind === 'afterSales' ? prepareCaseUpsert(conn) : null;
    let from: string | null = null;
    let to: string | null = null;
    const seeDay = (day: string | null) => {
      if (day === null) return;
      if (from === null || day < from) from = day;
      if (to === null || day > to) to = day;
    };
    const rowError = (line: number, column: string | null, message: Message, skipped = true) => {
      summary.errorCount++;
      if (skipped) summary.rowsSkipped++;
      if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push({ line, column, message, ...(summary.sheet ? { sheet: summary.sheet } : {}) });
    };

    const consume = (b: RowBatch & { sheet?: string }, isLast: boolean) => {
      for (let r = 0; r < b.rows.length; r++) {
        const row = b.rows[r];
        if (row.length === 1 && row[0].trim() === '') continue; // blank line
        if (row.every((c) => c === '' || c == null)) continue;
        const line = b.lines[r];
        if (isLast && b.unterminated && r === b.rows.length - 1 && row.length < width && format.format === 'csv') {
          throw new FileRejected(fileMessages.cutMidRow(input.name, line, row.length, width));
        }
        summary.rowsRead++;
        const n = normalize(row);
        if (!n.ok) {
          rowError(line, n.error.column, n.error.message);
          continue;
        }
        if (n.warnings) for (const w of n.warnings) rowError(line, w.column, w.message, false);
        if (writeOrder) {
          const o = n.record as OrderRecord;
          const paidDay = o.paidAt ? dayOf(o.paidAt) : null;
          seeDay(paidDay);
          writeOrder({
            shop_id: shopId, order_no: o.orderNo, paid_at: o.paidAt, paid_day: paidDay,
            shipped_day: o.shippedAt ? dayOf(o.shippedAt) : null, received_day: o.receivedAt ? dayOf(o.receivedAt) : null,
            status: o.status, amount_cents: o.amountCents, product: o.product, courier: o.courier, import_id: importId,
          });
        } else if (writeCase) {
          const c = n.record as CaseRecord;
          const appliedDay = c.appliedAt ? dayOf(c.appliedAt) : null;
          seeDay(appliedDay);
          writeCase({
            shop_id: shopId, case_no: c.caseNo, order_no: c.orderNo, applied_at: c.appliedAt, applied_day: appliedDay,
            completed_at: c.completedAt, completed_day: c.completedAt ? dayOf(c.completedAt) : null, status: c.status,
            intervened_status: c.intervened ? c.status : null, type: c.type, reason: c.reason, product: c.product,
            deadline_at: c.deadlineAt, amount_cents: c.amountCents, responsible: c.responsible,
            intervened: c.intervened ? 1 : 0, platform_initiated: c.platformInitiated ? 1 : 0, import_id: importId,
          });
        }
      }
    };

    // Look one batch ahead so the last one is known (a cut-off last row shows there).
    let pending: (RowBatch & { sheet?: string }) | null = null;
    const feed = async function* () {
      for (const b of afterHeader) yield b;
      for (;;) {
        const next = await batches.next();
        if (next.done) return;
        const b = next.value as RowBatch & { sheet?: string };
        if (b.sheet !== undefined && summary.sheet !== null && b.sheet !== summary.sheet) continue; // other sheets
        yield b;
      }
    };
    for await (const b of feed()) {
      if (pending) consume(pending, false);
      pending = b;
    }
    if (pending) consume(pending, true);
    if (summary.rowsRead === 0) throw new FileRejected(fileMessages.noRows(input.name));

    progress('aggregating');
    await rebuildDaily(conn.db, shopId);
    const countAfter = await countRows(conn, table, shopId);
    const touched = await countTouched(conn, table, shopId, importId);
    summary.rowsNew = countAfter - countBefore;
    summary.rowsUpdated = touched - summary.rowsNew;
    summary.sha256 = hash.digest('hex');
    summary.dateFrom = from;
    summary.dateTo = to;
    summary.outcome = 'imported';
    summary.importId = importId;
    await conn.db
      .updateTable('imports')
      .set({
        sha256: summary.sha256, size_bytes: summary.sizeBytes, rows_read: summary.rowsRead, rows_new: summary.rowsNew,
        rows_updated: summary.rowsUpdated, rows_skipped: summary.rowsSkipped, date_from: from, date_to: to,
        outcome: 'imported', error_count: summary.errorCount, finished_at: chinaWallClock(now()),
      })
      .where('id', '=', importId)
      .execute();
    if (summary.errors.length) {
      await conn.db
        .insertInto('import_errors')
        .values(summary.errors.map((e) => ({ import_id: importId, line: e.line, column_name: e.column, code: e.message.code, message_zh: e.message.zh, message_en: e.message.en })))
        .execute();
    }
    conn.raw.exec('COMMIT');
    inTransaction = false;
    progress('done');
    return summary;
  } catch (e) {
    if (inTransaction) conn.raw.exec('ROLLBACK');
    summary.outcome = 'rejected';
    summary.rowsNew = summary.rowsUpdated = 0;
    summary.importId = null;
    if (e instanceof FileRejected) summary.message = e.msg;
    else {
      summary.message = fileMessages.internal(input.name);
      // The merchant sees the message; the cause goes to the server log for us.
      console.error(`[import] ${input.name}:`, e);
    }
    // Drain what is left so the hash covers the whole file.
    summary.sha256 = hash.copy().digest('hex');
    await logRejected(conn, summary, startedAt, chinaWallClock(now())).catch(() => undefined);
    return summary;
  }
}

async function countRows(conn: Connection, table: 'orders' | 'cases', shopId: number): Promise<number> {
  const r = await conn.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('shop_id', '=', shopId).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function countTouched(conn: Connection, table: 'orders' | 'cases', shopId: number, importId: number): Promise<number> {
  const r = await conn.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('shop_id', '=', shopId)
    .where('import_id', '=', importId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function logRejected(conn: Connection, s: ImportSummary, startedAt: string, finishedAt: string) {
  const shop = s.shop ? await findShopByName(conn.db, s.shop) : undefined;
  await conn.db
    .insertInto('imports')
    .values({
      shop_id: shop?.id ?? null, file_name: s.file, sha256: s.sha256, size_bytes: s.sizeBytes, platform: s.platform, kind: s.kind,
      encoding: s.encoding, rows_read: s.rowsRead, rows_new: 0, rows_updated: 0, rows_skipped: 0, outcome: 'rejected',
      message: s.message ? `${s.message.zh}\n${s.message.en}` : null, error_count: s.errorCount, started_at: startedAt, finished_at: finishedAt,
    })
    .execute();
}

/** Looks at the first bytes: xlsx (zip), legacy xls, or text in some encoding. */
async function sniff(bytes: AsyncGenerator<Uint8Array>, name: string): Promise<{ format: Format; bytes: AsyncIterable<Uint8Array> }> {
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_SIZE) {
    const n = await bytes.next();
    if (n.done) {
      done = true;
      break;
    }
    head.push(n.value);
    size += n.value.length;
  }
  const sample = Buffer.concat(head);
  const replay = async function* () {
    if (sample.length) yield sample;
    if (!done) yield* bytes;
  };
  if (sample.length === 0) throw new FileRejected(fileMessages.empty(name));
  if (sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04) {
    return { format: { format: 'xlsx' }, bytes: replay() };
  }
  if (sample[0] === 0xd0 && sample[1] === 0xcf && sample[2] === 0x11 && sample[3] === 0xe0) throw new FileRejected(fileMessages.legacyXls(name));
  const encoding = sniffEncoding(sample, name);
  return { format: { format: 'csv', encoding }, bytes: replay() };
}

async function* rowBatches(format: Format, bytes: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<RowBatch & { sheet?: string }> {
  if (format.format === 'xlsx') {
    try {
      yield* readXlsxRows(bytes);
    } catch (e) {
      if (e instanceof FileRejected) throw e;
      throw new FileRejected(fileMessages.badXlsx(name, (e as Error).message?.slice(0, 120) ?? 'unreadable'));
    }
    return;
  }
  const text = decodeStream(bytes, format.encoding, name);
  const first = await text.next();
  if (first.done || first.value.replace(/^\uFEFF/, '').trim() === '') throw new FileRejected(fileMessages.empty(name));
  const layout = sniffCsvLayout(first.value);
  const all = async function* () {
    yield first.value;
    yield* text;
  };
  yield* readCsvRows(all(), name, layout);
}
