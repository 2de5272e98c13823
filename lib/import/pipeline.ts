/**
 * Importing a file, from the server's or the command line's own thread: the work runs in an import
 * thread with its own heap limit and its own database connection, so this thread stays free to
 * answer requests. A file that breaks a limit is refused with its message; one that runs a thread
 * out of its heap ends that thread, never the process. Imports of
 * one process run one at a time; imports of several processes merge one at a time (SQLite's write
 * lock), each in one short transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Connection } from '../db/connection';
import { logRejectedImport } from '../db/queries/importLog';
import { chinaWallClock } from '../time/china';
import { byteSender } from './byteChannel';
import { FileRejected } from './errors';
import type { FromImportThread, ImportThreadData } from './importThread';
import type { ColumnMapping } from './mapping';
import { fileMessages } from './messages';
import { emptySummary, type ImportProgress, type ImportSummary } from './summary';
import { jobDir, removeQuietly } from './tempFiles';
import type { PlatformId } from './types';
import { workerScript } from './workerScript';

export type { ImportProgress, ImportSummary } from './summary';

export interface ImportInput {
  /** The file's own name, used in every message. */
  name: string;
  /** Where the file is on disk: the parse thread reads it itself. */
  path?: string;
  /** Otherwise its bytes as they arrive (an upload); a FileRejected thrown here refuses the file. */
  bytes?: AsyncIterable<Uint8Array>;
  /** Total size when known, for progress. */
  size?: number;
}

export interface ImportOptions {
  /** The shop the file belongs to; created on first use with the detected platform. */
  shop?: string;
  /** `shop` must be a new shop (the page's "new shop"): a stored one of that name refuses the file. */
  newShop?: boolean;
  /** Overrides platform detection. */
  platform?: PlatformId;
  /** The merchant's column mapping for this file; saved for the shop when the import succeeds. */
  mapping?: ColumnMapping;
  onProgress?: (p: ImportProgress) => void;
  /** The merge has to wait for another process's import to finish its own. */
  onWait?: () => void;
  /** Tests: the merge holds the write lock until this file exists (REDLINE_TEST_HOLD_MERGE). */
  holdMergeUntil?: string;
}

/** An import thread's own heap; the parse thread it starts has its own too. */
const IMPORT_HEAP_MB = 192;

export function fileInput(filePath: string): ImportInput {
  return { name: path.basename(filePath), path: path.resolve(filePath), size: fs.statSync(filePath).size };
}

/**
 * The process's one queue of imports and of the writes that must not interleave with them (undoing
 * an import). Kept on globalThis: Next bundles a route and a server action apart, each with its own
 * copy of this module, and they must still wait for each other.
 */
const QUEUE = Symbol.for('redline.importQueue');
const held = globalThis as unknown as Record<symbol, { tail: Promise<unknown> } | undefined>;
held[QUEUE] ??= { tail: Promise.resolve() };
const queue = held[QUEUE];

/** Runs `job` when every import (or undo) queued before it has finished. */
export function inImportQueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.tail.then(job);
  queue.tail = run.catch(() => undefined);
  return run;
}

/** Imports one export file into one shop. Never throws for a bad file: the summary says why. */
export function importFile(conn: Connection, input: ImportInput, opts: ImportOptions = {}): Promise<ImportSummary> {
  return inImportQueue(() => importInThread(conn, input, opts));
}

async function importInThread(conn: Connection, input: ImportInput, opts: ImportOptions): Promise<ImportSummary> {
  const startedAt = chinaWallClock(new Date());
  const channel = input.path ? null : new MessageChannel();
  const script = workerScript();
  const scratch = jobDir(conn.file);
  const data: ImportThreadData = {
    role: 'import',
    script,
    databaseFile: conn.url,
    scratch,
    name: input.name,
    hint: { platform: opts.platform, mapping: opts.mapping },
    shop: opts.shop,
    newShop: opts.newShop,
    size: input.size,
    path: input.path,
    input: channel?.port2,
    holdMergeUntil: opts.holdMergeUntil ?? process.env.REDLINE_TEST_HOLD_MERGE,
  };
  const worker = new Worker(script, {
    workerData: data,
    transferList: channel ? [channel.port2] : [],
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_MB },
  });
  const pumped = channel && input.bytes ? pump(input.bytes, byteSender(channel.port1), input.name) : Promise.resolve();
  const summary = await new Promise<ImportSummary | null>((resolve) => {
    let result: ImportSummary | null = null;
    worker.on('message', (m: FromImportThread) => {
      if (m.type === 'progress') opts.onProgress?.(m.progress);
      else if (m.type === 'waiting') opts.onWait?.();
      else result = m.summary;
    });
    worker.on('error', (e) => console.error(`[import] ${input.name}:`, e));
    worker.on('exit', () => resolve(result));
  });
  // Whatever the threads left (a spooled workbook, the staging file), even if they were ended mid-way.
  removeQuietly(scratch);
  // The rest of a refused upload is not waited for here: the route drains or cancels it.
  void pumped;
  if (summary) return summary;
  // The thread ended without a summary (out of its heap allowance): nothing was merged.
  const refused = { ...emptySummary(input.name), message: fileMessages.interrupted(input.name) };
  await logRejectedImport(conn.db, refused, startedAt, chinaWallClock(new Date())).catch(() => undefined);
  return refused;
}

const SEND_BYTES = 256 * 1024;

/** An upload's bytes to the parse thread; a refusal on the way (cut short, too large) ends the file. */
async function pump(
  bytes: AsyncIterable<Uint8Array>,
  sender: ReturnType<typeof byteSender>,
  name: string,
): Promise<void> {
  // A request body arrives in small pieces; a message per piece costs more in hops than the bytes.
  const held: Uint8Array[] = [];
  let size = 0;
  const flush = async () => {
    const chunk = held.length === 1 ? held[0] : Buffer.concat(held, size);
    held.length = 0;
    size = 0;
    return sender.send(chunk);
  };
  try {
    for await (const chunk of bytes) {
      held.push(chunk);
      size += chunk.length;
      if (size >= SEND_BYTES && !(await flush())) return;
    }
    if (size && !(await flush())) return;
    sender.end();
  } catch (e) {
    sender.end(e instanceof FileRejected ? e.msg : fileMessages.uploadInterrupted(name));
  }
}
