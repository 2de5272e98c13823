/**
 * One import, as the import thread runs it: read (in a parse thread) → normalise (there too) →
 * stage (into a scratch SQLite file, holding no lock) → merge (one short transaction). A file
 * refused at any point, or a process killed at any point, leaves the shop's database as it was.
 */
import fs from 'node:fs';
import { type Connection, closeConnection, openConnection, refreshStatistics } from '../db/connection';
import { columnMappingsOfShop } from '../db/queries/columnMappingsOfShop';
import { importedFile } from '../db/queries/importedFile';
import { logRejectedImport } from '../db/queries/importLog';
import { mergeStaged } from '../db/queries/mergeStaged';
import { saveColumnMapping } from '../db/queries/saveColumnMapping';
import { findShopByName } from '../db/queries/shops';
import { type Staging, stageCases, stageOrders } from '../db/staging';
import { chinaWallClock } from '../time/china';
import { FileRejected } from './errors';
import { fileMessages } from './messages';
import type { ThreadEvent } from './parseThread';
import { PLATFORM_SPECS } from './platforms';
import type { HeaderInfo } from './reader';
import { type ReadSource, readInWorker } from './readInWorker';
import { emptySummary, type ImportProgress, type ImportSummary, MAX_REPORTED_ERRORS } from './summary';
import { fileIn } from './tempFiles';

export interface EngineInput extends ReadSource {
  /** The shop the file belongs to; created on first use with the detected platform. */
  shop?: string;
  /** Total size when known, for progress. */
  size?: number;
  /** The shop must be a new one: a stored shop of that name (or a look-alike) refuses the file. */
  newShop?: boolean;
  /** Where the merge waits, holding the write lock, until this file exists (tests only). */
  holdMergeUntil?: string;
}

export interface EngineHooks {
  onProgress?: (p: ImportProgress) => void;
  /** The merge is waiting for another import's merge. */
  onWait?: () => void;
  now?: () => Date;
}

/** The test hook's hold: bounded, so a test that fails while holding it cannot leave the lock held. */
function holdUntil(file: string) {
  fs.writeFileSync(`${file}.held`, '');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 120_000;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error('merge held by the test hook for too long');
    Atomics.wait(pause, 0, 0, 20);
  }
}

export async function runImport(input: EngineInput, hooks: EngineHooks = {}): Promise<ImportSummary> {
  const now = hooks.now ?? (() => new Date());
  const startedAt = chinaWallClock(now());
  const summary = emptySummary(input.name);
  // A file refused before its platform is known still belongs in the history of the shop it was meant for.
  summary.shop = input.shop?.trim() || null;
  const progress = (phase: ImportProgress['phase']) =>
    hooks.onProgress?.({
      phase,
      bytesRead: summary.sizeBytes,
      totalBytes: input.size ?? null,
      rowsRead: summary.rowsRead,
    });
  const stagingFile = fileIn(input.scratch, '.stage.db');
  // REDLINE_IMPORT_TIMING=1: each phase's time on stderr, for the bench and for us.
  // The CPU time is the whole process's (both import threads), the clock the process's own.
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const mark = (phase: string) => {
    if (!process.env.REDLINE_IMPORT_TIMING) return;
    const t = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    process.stderr.write(
      `[import timing] ${input.name}: ${phase} ${(t - last).toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, at ${(process.uptime() * 1000).toFixed(0)} ms\n`,
    );
    last = t;
    lastCpu = process.cpuUsage();
  };
  let staging: Staging | null = null;
  let conn: Connection | null = null;
  let events: AsyncGenerator<ThreadEvent> | null = null;
  try {
    conn = await openConnection(input.databaseFile, { onWait: hooks.onWait });
    // A mapping the shop saved for a header applies by itself to a later file with that header.
    const known = summary.shop ? await findShopByName(conn.db, summary.shop) : undefined;
    const saved = known && !input.hint?.mapping ? await columnMappingsOfShop(conn.db, known.id) : [];
    events = readInWorker(
      { ...input, hint: { ...input.hint, saved } },
      {
        onBytes(bytesRead) {
          summary.sizeBytes = bytesRead;
          progress('reading');
        },
        onDigest(sha256, bytesRead) {
          summary.sha256 = sha256;
          summary.sizeBytes = bytesRead;
        },
      },
    );
    // Everything up to the header is read before anything is staged.
    mark('opened');
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
    Object.assign(summary, { platform: info.platform, kind: info.kind, sheet: info.sheet });
    const spec = PLATFORM_SPECS[info.platform];
    const shopName = input.shop?.trim() || spec.name.zh;
    summary.shop = shopName;
    const mismatch = (shopPlatform: string) =>
      new FileRejected(fileMessages.shopPlatformMismatch(input.name, shopName, shopPlatform, info.platform));
    const existing = await findShopByName(conn.db, shopName);
    if (existing && input.newShop) throw new FileRejected(fileMessages.shopExists(input.name, existing.name));
    if (existing && existing.platform !== info.platform) throw mismatch(existing.platform);

    let stagedRows = 0;
    staging = info.kind === 'orders' ? stageOrders(stagingFile, info.lineItems) : stageCases(stagingFile);
    for (let n = await events.next(); !n.done; n = await events.next()) {
      const ev = n.value;
      if (ev.type !== 'staged') continue;
      summary.rowsRead += ev.rowsRead;
      // Rows are counted after their bytes arrived: said now, not only with the next bytes (a slow upload).
      progress('reading');
      for (const p of ev.problems) {
        summary.errorCount++;
        if (p.skipped) summary.rowsSkipped++;
        if (summary.errors.length < MAX_REPORTED_ERRORS) {
          summary.errors.push({
            line: p.line,
            column: p.column,
            message: p.message,
            ...(summary.sheet ? { sheet: summary.sheet } : {}),
          });
        }
      }
      if (!ev.staged.rows) continue;
      stagedRows += ev.staged.rows;
      staging.addBatch(ev.staged.json, ev.staged.rows);
      const { dayFrom, dayTo } = ev.staged;
      if (dayFrom !== null && (summary.dateFrom === null || dayFrom < summary.dateFrom)) summary.dateFrom = dayFrom;
      if (dayTo !== null && (summary.dateTo === null || dayTo > summary.dateTo)) summary.dateTo = dayTo;
    }
    if (summary.rowsRead === 0) throw new FileRejected(fileMessages.noRows(input.name));
    if (stagedRows === 0) throw new FileRejected(fileMessages.noRowImported(input.name, summary.rowsRead));
    const previous = existing && (await importedFile(conn.db, existing.id, summary.sha256));
    if (previous && existing) {
      // Nothing to import, but the shop is known: the page still offers its dashboard.
      summary.shopId = existing.id;
      throw new FileRejected(fileMessages.alreadyImported(input.name, shopName, previous.finishedAt));
    }
    mark('read');
    const distinctRows = staging.finish();
    const repeated = stagedRows - distinctRows;
    const differing = staging.differing();
    const orderDays = staging.orderDays();
    mark('sorted');
    staging.close();
    staging = null;

    progress('merging');
    const merged = await mergeStaged(conn, {
      stagingFile,
      kind: info.kind,
      lineItems: info.lineItems,
      takesOverLineItems: (spec.orders.lineItemMarkers?.length ?? 0) > 0,
      distinctRows,
      newShop: input.newShop ?? false,
      shop: shopName,
      platform: info.platform,
      log: {
        file_name: input.name,
        sha256: summary.sha256,
        size_bytes: summary.sizeBytes,
        platform: info.platform,
        kind: info.kind,
        encoding: summary.encoding ?? 'xlsx',
        rows_read: summary.rowsRead,
        rows_skipped: summary.rowsSkipped,
        rows_repeated: repeated,
        date_from: summary.dateFrom,
        date_to: summary.dateTo,
        error_count: summary.errorCount,
        started_at: startedAt,
        finished_at: chinaWallClock(now()),
      },
      errors: summary.errors.map((e) => ({
        line: e.line,
        column: e.column,
        code: e.message.code,
        params: e.message.params,
      })),
      orderDays,
      beforeCommit: input.holdMergeUntil ? () => holdUntil(input.holdMergeUntil!) : undefined,
    });
    if (!merged.ok)
      throw merged.exists !== undefined
        ? new FileRejected(fileMessages.shopExists(input.name, merged.exists))
        : mismatch(merged.shopPlatform);
    mark('merged');
    if (input.hint?.mapping) {
      await saveColumnMapping(conn.db, merged.shopId, info.headerKey, input.hint.mapping, chinaWallClock(now()));
    }
    Object.assign(summary, {
      outcome: 'imported',
      shopId: merged.shopId,
      importId: merged.importId,
      rowsNew: merged.rowsNew,
      rowsUpdated: merged.rowsUpdated,
      rowsUnchanged: merged.rowsUnchanged,
      rowsRepeated: repeated,
      rowsDiffering: differing,
      writeLockMs: Math.round(merged.writeLockMs),
    });
    try {
      await refreshStatistics(conn);
    } catch {
      // Statistics are a planner's hint: another writer holding the lock just means next time.
    }
    mark('statistics');
    progress('done');
    return summary;
  } catch (e) {
    Object.assign(summary, {
      outcome: 'rejected',
      rowsNew: 0,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRepeated: 0,
      rowsDiffering: 0,
      importId: null,
    });
    if (e instanceof FileRejected) summary.message = e.msg;
    else {
      summary.message = fileMessages.internal(input.name);
      // The merchant sees the message; the cause goes to the server log for us.
      console.error(`[import] ${input.name}:`, e);
    }
    await events?.return(undefined).catch(() => undefined);
    if (conn) await logRejectedImport(conn.db, summary, startedAt, chinaWallClock(now())).catch(() => undefined);
    return summary;
  } finally {
    // The staging file goes with the import's folder, which the thread that started it removes.
    staging?.close();
    if (conn) await closeConnection(conn);
  }
}
