import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Connection, refreshStatistics } from '../db/connection';
import { rebuildDaily } from '../db/queries/rebuildDaily';
import { createShop, findShopByName } from '../db/queries/shops';
import { prepareCaseUpsert, prepareOrderUpsert } from '../db/queries/upsertRecords';
import { chinaWallClock, dayOf } from '../time/china';
import { FileRejected } from './errors';
import { withImportLock } from './lock';
import { fileMessages, type Message } from './messages';
import { PLATFORM_SPECS } from './platforms';
import { type HeaderInfo, readRecords } from './reader';
import type { readFileInWorker } from './workerReader';
import type { CaseRecord, FileKind, OrderRecord, PlatformId } from './types';

export interface ImportInput {
  /** The file's own name, used in every message. */
  name: string;
  bytes: AsyncIterable<Uint8Array>;
  /** Total size when known, for progress. */
  size?: number;
  /** Where the file is on disk, when it is a file: a file reader may read it itself. */
  path?: string;
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
  /**
   * Reads files on disk instead of this thread: the command line passes readFileInWorker, which
   * parses on the other core while this thread writes. A bundled server cannot start the
   * TypeScript worker, so it never sees it and reads in its own thread.
   */
  fileReader?: typeof readFileInWorker;
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
    bytes: fs.createReadStream(filePath, { highWaterMark: 1 << 16 }),
    size: fs.statSync(filePath).size,
    path: filePath,
  };
}


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
  let digest: string | null = null;
  const events =
    opts.fileReader && input.path
      ? opts.fileReader(input.path, input.name, opts.platform, {
          onBytes(bytesRead) {
            summary.sizeBytes = bytesRead;
            progress('reading');
          },
          onDigest(sha256, bytesRead) {
            digest = sha256;
            summary.sizeBytes = bytesRead;
          },
        })
      : readRecords(counted(), input.name, opts.platform);
  try {
    // Everything up to the header is read before anything is written.
    let info: HeaderInfo | null = null;
    while (!info) {
      const n = await events.next();
      if (n.done) throw new FileRejected(fileMessages.empty(input.name));
      const ev = n.value;
      if (ev.type === 'format') {
        summary.format = ev.format;
        summary.encoding = ev.encoding;
      } else if (ev.type === 'header') info = ev.info;
    }
    summary.platform = info.platform;
    summary.kind = info.kind;
    summary.sheet = info.sheet;
    const spec = PLATFORM_SPECS[info.platform];

    // The shop: named, or the platform's default one.
    const shopName = opts.shop?.trim() || spec.name.zh;
    summary.shop = shopName;
    const existing = await findShopByName(conn.db, shopName);
    if (existing && existing.platform !== info.platform) {
      throw new FileRejected(
        fileMessages.shopPlatformMismatch(input.name, shopName, PLATFORM_SPECS[existing.platform as PlatformId]?.name.zh ?? existing.platform, spec.name.zh),
      );
    }

    conn.raw.exec('BEGIN IMMEDIATE');
    inTransaction = true;
    const shopId = existing?.id ?? (await createShop(conn.db, shopName, info.platform, startedAt));
    summary.shopId = shopId;
    const importRow = await conn.db
      .insertInto('imports')
      .values({
        shop_id: shopId, file_name: input.name, sha256: null, size_bytes: null, platform: info.platform, kind: info.kind,
        encoding: summary.encoding ?? 'xlsx', outcome: 'running', started_at: startedAt, finished_at: startedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const importId = importRow.id;
    const table = info.kind === 'orders' ? 'orders' : 'cases';
    const countBefore = await countRows(conn, table, shopId);

    const writeOrder = info.kind === 'orders' ? prepareOrderUpsert(conn, info.lineItems) : null;
    const writeCase = info.kind === 'afterSales' ? prepareCaseUpsert(conn) : null;
    let from: string | null = null;
    let to: string | null = null;
    const seeDay = (day: string | null) => {
      if (day === null) return;
      if (from === null || day < from) from = day;
      if (to === null || day > to) to = day;
    };

    for (let n = await events.next(); !n.done; n = await events.next()) {
      const ev = n.value;
      if (ev.type !== 'batch') continue;
      summary.rowsRead += ev.rowsRead;
      for (const p of ev.problems) {
        summary.errorCount++;
        if (p.skipped) summary.rowsSkipped++;
        if (summary.errors.length < MAX_REPORTED_ERRORS) {
          summary.errors.push({ line: p.line, column: p.column, message: p.message, ...(summary.sheet ? { sheet: summary.sheet } : {}) });
        }
      }
      if (writeOrder) {
        for (const r of ev.records) {
          const o = r as OrderRecord;
          const paidDay = o.paidAt ? dayOf(o.paidAt) : null;
          seeDay(paidDay);
          writeOrder.add({
            shop_id: shopId, order_no: o.orderNo, paid_at: o.paidAt, paid_day: paidDay,
            shipped_day: o.shippedAt ? dayOf(o.shippedAt) : null, received_day: o.receivedAt ? dayOf(o.receivedAt) : null,
            status: o.status, amount_cents: o.amountCents, product: o.product, courier: o.courier, import_id: importId,
          });
        }
      } else if (writeCase) {
        for (const r of ev.records) {
          const c = r as CaseRecord;
          const appliedDay = c.appliedAt ? dayOf(c.appliedAt) : null;
          seeDay(appliedDay);
          writeCase.add({
            shop_id: shopId, case_no: c.caseNo, order_no: c.orderNo, applied_at: c.appliedAt, applied_day: appliedDay,
            completed_at: c.completedAt, completed_day: c.completedAt ? dayOf(c.completedAt) : null, status: c.status,
            intervened_status: c.intervened ? c.status : null, type: c.type, reason: c.reason, product: c.product,
            deadline_at: c.deadlineAt, amount_cents: c.amountCents, responsible: c.responsible,
            intervened: c.intervened ? 1 : 0, platform_initiated: c.platformInitiated ? 1 : 0, import_id: importId,
          });
        }
      }
    }
    writeOrder?.flush();
    writeCase?.flush();
    if (summary.rowsRead === 0) throw new FileRejected(fileMessages.noRows(input.name));

    progress('aggregating');
    await rebuildDaily(conn.db, shopId);
    const countAfter = await countRows(conn, table, shopId);
    const touched = await countTouched(conn, table, shopId, importId);
    summary.rowsNew = countAfter - countBefore;
    summary.rowsUpdated = touched - summary.rowsNew;
    summary.sha256 = digest ?? hash.digest('hex');
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
    refreshStatistics(conn.raw);
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
    await events.return(undefined).catch(() => undefined);
    summary.sha256 = digest ?? hash.copy().digest('hex');
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
