/**
 * The parse thread: reads an export (from disk, or an upload's bytes from a port), hashes it, and
 * parses and normalises it into record batches for the import thread, which stages them
 * meanwhile. At most a few batches are in flight, so memory stays flat.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { receivedBytes } from './byteChannel';
import { FileRejected } from './errors';
import { LIMITS } from './limits';
import type { HeaderHint } from './mapping';
import { fileMessages } from './messages';
import { type ReaderEvent, readRecords } from './reader';
import { type StagedBatch, stagedBatches } from './stagedRows';
import { fileIn } from './tempFiles';
import type { FileKind } from './types';

export interface ParseThreadData {
  role: 'parse';
  name: string;
  hint?: HeaderHint;
  /** This import's scratch folder: a workbook is spooled there. */
  scratch: string;
  /** The file on disk, or the port its bytes arrive on. */
  path?: string;
  input?: MessagePort;
}

type Batch = Extract<ReaderEvent, { type: 'batch' }>;

/** What the import thread reads: the reader's events, with each batch's records made staged rows. */
export type ThreadEvent =
  | Exclude<ReaderEvent, { type: 'batch' }>
  | ({ type: 'staged'; staged: StagedBatch } & Pick<Batch, 'problems' | 'rowsRead'>);

export type FromParseThread =
  | { type: 'event'; event: ThreadEvent }
  | { type: 'bytes'; bytesRead: number }
  | { type: 'done'; sha256: string; bytesRead: number }
  | { type: 'rejected'; msg: FileRejected['msg']; sha256: string; bytesRead: number }
  | { type: 'failed'; message: string; sha256: string; bytesRead: number };

const MAX_IN_FLIGHT = 4;
/** Records per message: a message per small batch costs more in hops than the rows cost to copy. */
const COALESCE_RECORDS = 4000;
const PROGRESS_EVERY_BYTES = 1 << 20;

export async function parseMain(): Promise<void> {
  const port = parentPort!;
  const data = workerData as ParseThreadData;
  const post = (m: FromParseThread) => port.postMessage(m);

  let unacked = 0;
  let ackWake: (() => void) | null = null;
  port.on('message', () => {
    unacked--;
    ackWake?.();
    ackWake = null;
  });

  const hash = createHash('sha256');
  let bytesRead = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    let reported = 0;
    const source = data.path ? fs.createReadStream(data.path, { highWaterMark: 1 << 16 }) : receivedBytes(data.input!);
    for await (const chunk of source) {
      const bytes = chunk as Uint8Array;
      hash.update(bytes);
      bytesRead += bytes.length;
      if (bytesRead > LIMITS.fileBytes)
        throw new FileRejected(fileMessages.overLimit(data.name, 'fileBytes', bytesRead));
      if (bytesRead - reported >= PROGRESS_EVERY_BYTES) {
        reported = bytesRead;
        post({ type: 'bytes', bytesRead });
      }
      yield bytes;
    }
  }

  let kind: FileKind = 'orders';
  /** Each message waits for room among those in flight: the import thread acknowledges each one. */
  async function postInTurn(event: ThreadEvent) {
    while (unacked >= MAX_IN_FLIGHT) await new Promise<void>((r) => (ackWake = r));
    unacked++;
    post({ type: 'event', event });
  }

  async function send(event: ReaderEvent) {
    if (event.type !== 'batch') {
      if (event.type === 'header') kind = event.info.kind;
      return postInTurn(event);
    }
    // Problems and the row count travel with the first part.
    const parts = stagedBatches(kind, event.records);
    for (let i = 0; i < parts.length; i++) {
      await postInTurn({
        type: 'staged',
        problems: i ? [] : event.problems,
        rowsRead: i ? 0 : event.rowsRead,
        staged: parts[i],
      });
    }
  }

  try {
    let held: Batch | null = null;
    for await (const event of readRecords(counted(), data.name, data.hint ?? {}, {
      scratchFile: (s) => fileIn(data.scratch, s),
    })) {
      if (event.type !== 'batch') {
        await send(event);
        continue;
      }
      if (!held) held = { type: 'batch', records: [], problems: [], rowsRead: 0 };
      for (const r of event.records) held.records.push(r);
      for (const p of event.problems) held.problems.push(p);
      held.rowsRead += event.rowsRead;
      if (held.records.length >= COALESCE_RECORDS || held.problems.length >= COALESCE_RECORDS) {
        await send(held);
        held = null;
      }
    }
    if (held) await send(held);
    post({ type: 'done', sha256: hash.digest('hex'), bytesRead });
  } catch (e) {
    const digest = { sha256: hash.copy().digest('hex'), bytesRead };
    if (e instanceof FileRejected) post({ type: 'rejected', msg: e.msg, ...digest });
    else post({ type: 'failed', message: (e as Error)?.stack ?? String(e), ...digest });
  }
}
