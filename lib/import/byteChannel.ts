/**
 * Bytes of an upload, handed from the thread that receives them to the thread that parses them
 * over a MessagePort, with at most a few chunks in flight: memory stays flat however fast the
 * upload arrives, and the sender waits while the parser is behind.
 */
import type { MessagePort } from 'node:worker_threads';
import { FileRejected } from './errors';
import type { Message } from './messages';

const IN_FLIGHT = 8;

type ToReader = { chunk: Uint8Array } | { end: true; rejected?: Message };

/** The sending side: `send` resolves once the chunk may be followed by another. */
export function byteSender(port: MessagePort) {
  let unacked = 0;
  let closed = false;
  let wake: (() => void) | null = null;
  const poke = () => {
    wake?.();
    wake = null;
  };
  port.on('message', () => {
    unacked--;
    poke();
  });
  port.on('close', () => {
    closed = true;
    poke();
  });
  return {
    /** false once the reader has stopped (it refused the file): the rest need not be sent. */
    async send(chunk: Uint8Array): Promise<boolean> {
      while (unacked >= IN_FLIGHT && !closed) await new Promise<void>((r) => (wake = r));
      if (closed) return false;
      unacked++;
      // A copy of its own, so its memory moves to the reader instead of being cloned there.
      const own = new Uint8Array(chunk);
      port.postMessage({ chunk: own } satisfies ToReader, [own.buffer]);
      return true;
    },
    end(rejected?: Message) {
      if (!closed) port.postMessage({ end: true, rejected } satisfies ToReader);
      port.close();
    },
  };
}

/** The receiving side, as the byte stream the reader takes. */
export async function* receivedBytes(port: MessagePort): AsyncGenerator<Uint8Array> {
  const inbox: ToReader[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  port.on('message', (m: ToReader) => {
    inbox.push(m);
    wake?.();
    wake = null;
  });
  port.on('close', () => {
    closed = true;
    wake?.();
    wake = null;
  });
  try {
    for (;;) {
      const m = inbox.shift();
      if (!m) {
        if (closed) return;
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if ('end' in m) {
        if (m.rejected) throw new FileRejected(m.rejected);
        return;
      }
      port.postMessage('took');
      yield m.chunk;
    }
  } finally {
    port.close();
  }
}
