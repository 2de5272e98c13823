/**
 * Worker thread: reads an export file from disk, hashes it, and parses and normalises it into
 * record batches, so that parsing on one core overlaps with database writes on the other.
 * At most a few batches are in flight: memory stays flat.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { toColumns } from './columns';
import { FileRejected } from './errors';
import { type ReaderEvent, readRecords } from './reader';
import type { PlatformId } from './types';

const port = parentPort!;
const { path, name, forced } = workerData as { path: string; name: string; forced?: PlatformId };

const MAX_IN_FLIGHT = 4;
/** Records per message: a message per 64 KB chunk costs more in hops than the records cost to copy. */
const COALESCE_RECORDS = 4000;
const PROGRESS_EVERY_BYTES = 1 << 20;

let unacked = 0;
let ackWake: (() => void) | null = null;
port.on('message', (m: { type: 'ack' }) => {
  if (m.type !== 'ack') return;
  unacked--;
  ackWake?.();
  ackWake = null;
});

const hash = createHash('sha256');
let bytesRead = 0;
async function* fileBytes(): AsyncGenerator<Uint8Array> {
  let reported = 0;
  for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 16 })) {
    hash.update(chunk as Buffer);
    bytesRead += (chunk as Buffer).length;
    if (bytesRead - reported >= PROGRESS_EVERY_BYTES) {
      reported = bytesRead;
      port.postMessage({ type: 'bytes', bytesRead });
    }
    yield chunk as Buffer;
  }
}

async function send(event: ReaderEvent) {
  while (unacked >= MAX_IN_FLIGHT) await new Promise<void>((r) => (ackWake = r));
  unacked++;
  if (event.type === 'batch') {
    // Arrays of plain values clone several times faster than arrays of objects.
    const { records, ...rest } = event;
    port.postMessage({ type: 'columns', batch: rest, columns: toColumns(records as unknown as Record<string, unknown>[]) });
  } else port.postMessage({ type: 'event', event });
}

try {
  let held: Extract<ReaderEvent, { type: 'batch' }> | null = null;
  for await (const event of readRecords(fileBytes(), name, forced)) {
    if (event.type !== 'batch') {
      await send(event);
      continue;
    }
    if (!held) held = { type: 'batch', records: [], problems: [], rowsRead: 0 };
    for (const r of event.records) held.records.push(r);
    for (const p of event.problems) held.problems.push(p);
    held.rowsRead += event.rowsRead;
    if (held.records.length >= COALESCE_RECORDS) {
      await send(held);
      held = null;
    }
  }
  if (held) await send(held);
  port.postMessage({ type: 'done', sha256: hash.digest('hex'), bytesRead });
} catch (e) {
  const digest = { sha256: hash.copy().digest('hex'), bytesRead };
  if (e instanceof FileRejected) port.postMessage({ type: 'rejected', msg: e.msg, ...digest });
  else port.postMessage({ type: 'failed', message: (e as Error)?.stack ?? String(e), ...digest });
}
