import { Worker } from 'node:worker_threads';
import { FileRejected } from './errors';
import type { ReaderEvent } from './reader';
import type { PlatformId } from './types';

const CHUNKS_AHEAD = 4;

/** readRecords run in a worker thread: same events, parsed on the other core. */
export async function* readRecordsInWorker(bytes: AsyncIterable<Uint8Array>, name: string, forced?: PlatformId): AsyncGenerator<ReaderEvent> {
  // The command line runs from TypeScript source; the entry registers the same loader in the worker.
  const worker = new Worker(new URL('./readWorker.mjs', import.meta.url), { workerData: { name, forced } });
  const source = bytes[Symbol.asyncIterator]();
  const inbox: ({ type: 'event'; event: ReaderEvent } | { type: 'done' } | { type: 'rejected'; msg: FileRejected['msg'] } | { type: 'failed'; message: string })[] = [];
  let wake: (() => void) | null = null;
  let credit = CHUNKS_AHEAD;
  let sourceDone = false;
  let pumping = false;
  let exitError: Error | null = null;

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (credit > 0 && !sourceDone) {
        const n = await source.next();
        if (n.done) {
          sourceDone = true;
          worker.postMessage({ type: 'end' });
          break;
        }
        credit--;
        const copy = new Uint8Array(n.value); // own buffer, so it can be transferred
        worker.postMessage({ type: 'chunk', bytes: copy }, [copy.buffer]);
      }
    } catch (e) {
      exitError = e as Error;
      wake?.();
    } finally {
      pumping = false;
    }
  };

  worker.on('message', (m) => {
    if (m.type === 'need') {
      credit++;
      void pump();
      return;
    }
    inbox.push(m);
    wake?.();
    wake = null;
  });
  worker.on('error', (e) => {
    exitError = e;
    wake?.();
  });
  worker.on('exit', (code) => {
    if (code !== 0 && !exitError) exitError = new Error(`import worker exited with ${code}`);
    wake?.();
  });

  void pump();
  try {
    for (;;) {
      const m = inbox.shift();
      if (!m) {
        if (exitError) throw exitError;
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if (m.type === 'event') {
        worker.postMessage({ type: 'ack' });
        yield m.event;
      } else if (m.type === 'done') return;
      else if (m.type === 'rejected') throw new FileRejected(m.msg);
      else throw new Error(m.message);
    }
  } finally {
    await worker.terminate();
    // Let the byte source close its file.
    await source.return?.();
  }
}
