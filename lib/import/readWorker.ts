/**
 * Worker thread: reads, parses and normalises a file's bytes (sent by the main thread) into
 * record batches, so that parsing on one core overlaps with database writes on the other.
 * Both directions keep only a few messages in flight: memory stays flat.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileRejected } from './errors';
import { readRecords } from './reader';
import type { PlatformId } from './types';

const port = parentPort!;
const { name, forced } = workerData as { name: string; forced?: PlatformId };

const chunks: Uint8Array[] = [];
let ended = false;
let wake: (() => void) | null = null;
let unacked = 0;
let ackWake: (() => void) | null = null;
export const MAX_IN_FLIGHT = 4;

port.on('message', (m: { type: 'chunk'; bytes: Uint8Array } | { type: 'end' } | { type: 'ack' }) => {
  if (m.type === 'chunk') chunks.push(m.bytes);
  else if (m.type === 'end') ended = true;
  else if (m.type === 'ack') {
    unacked--;
    ackWake?.();
    ackWake = null;
    return;
  }
  wake?.();
  wake = null;
});

async function* incoming(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const c = chunks.shift();
    if (c) {
      port.postMessage({ type: 'need' });
      yield c;
      continue;
    }
    if (ended) return;
    await new Promise<void>((r) => (wake = r));
  }
}

try {
  for await (const event of readRecords(incoming(), name, forced)) {
    while (unacked >= MAX_IN_FLIGHT) await new Promise<void>((r) => (ackWake = r));
    unacked++;
    port.postMessage({ type: 'event', event });
  }
  port.postMessage({ type: 'done' });
} catch (e) {
  if (e instanceof FileRejected) port.postMessage({ type: 'rejected', msg: e.msg });
  else port.postMessage({ type: 'failed', message: (e as Error)?.stack ?? String(e) });
}
