import { Worker } from 'node:worker_threads';
import { type Columns, fromColumns } from './columns';
import { FileRejected } from './errors';
import type { ReaderEvent } from './reader';
import type { CaseRecord, OrderRecord, PlatformId } from './types';

type Batch = Extract<ReaderEvent, { type: 'batch' }>;
type FromWorker =
  | { type: 'event'; event: ReaderEvent }
  | { type: 'columns'; batch: Omit<Batch, 'records'>; columns: Columns }
  | { type: 'bytes'; bytesRead: number }
  | { type: 'done'; sha256: string; bytesRead: number }
  | { type: 'rejected'; msg: FileRejected['msg']; sha256: string; bytesRead: number }
  | { type: 'failed'; message: string; sha256: string; bytesRead: number };

/** What a file reader reports besides records: the bytes read so far, and the file's digest at the end. */
export interface FileReadReport {
  onBytes(bytesRead: number): void;
  onDigest(sha256: string, bytesRead: number): void;
}

/**
 * readRecords on a file, in a worker thread that reads the file itself: the same events, parsed
 * on the other core while this thread writes.
 */
export async function* readFileInWorker(path: string, name: string, forced: PlatformId | undefined, report: FileReadReport): AsyncGenerator<ReaderEvent> {
  // The command line runs from TypeScript source; the entry registers the same loader in the worker.
  const worker = new Worker(new URL('./readWorker.mjs', import.meta.url), { workerData: { path, name, forced } });
  const inbox: FromWorker[] = [];
  let wake: (() => void) | null = null;
  let exitError: Error | null = null;
  const poke = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'bytes') report.onBytes(m.bytesRead);
    else inbox.push(m);
    poke();
  });
  worker.on('error', (e) => {
    exitError = e;
    poke();
  });
  worker.on('exit', (code) => {
    if (code !== 0 && !exitError) exitError = new Error(`import worker exited with ${code}`);
    poke();
  });
  try {
    for (;;) {
      const m = inbox.shift();
      if (!m) {
        if (exitError) throw exitError;
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if (m.type === 'event' || m.type === 'columns') {
        worker.postMessage({ type: 'ack' });
        yield m.type === 'event' ? m.event : { ...m.batch, records: fromColumns<OrderRecord | CaseRecord>(m.columns) };
        continue;
      }
      if (m.type === 'bytes') continue; // reported as it arrives, never queued
      report.onDigest(m.sha256, m.bytesRead);
      if (m.type === 'done') return;
      if (m.type === 'rejected') throw new FileRejected(m.msg);
      throw new Error(m.message);
    }
  } finally {
    await worker.terminate();
  }
}
