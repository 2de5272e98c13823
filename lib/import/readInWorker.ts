import { type MessagePort, Worker } from 'node:worker_threads';
import { FileRejected } from './errors';
import type { HeaderHint } from './mapping';
import { fileMessages } from './messages';
import type { FromParseThread, ParseThreadData, ThreadEvent } from './parseThread';

/** What a parse thread reports besides records: bytes read so far, and the file's digest at the end. */
export interface ReadReport {
  onBytes(bytesRead: number): void;
  onDigest(sha256: string, bytesRead: number): void;
}

export interface ReadSource {
  /** The bundled thread script (workerScript), which the parse thread runs too. */
  script: string;
  name: string;
  hint?: HeaderHint;
  databaseFile: string;
  /** This import's scratch folder (tempFiles.jobDir). */
  scratch: string;
  path?: string;
  input?: MessagePort;
}

/** A parse thread may use this much heap; beyond it the thread ends and the import is refused. */
const PARSE_HEAP_MB = 384;

/** readRecords in a parse thread, its batches made staged rows there, on the other core while this thread stages. */
export async function* readInWorker(source: ReadSource, report: ReadReport): AsyncGenerator<ThreadEvent> {
  const data: ParseThreadData = {
    role: 'parse',
    name: source.name,
    hint: source.hint,
    scratch: source.scratch,
    path: source.path,
    input: source.input,
  };
  const worker = new Worker(source.script, {
    workerData: data,
    transferList: source.input ? [source.input] : [],
    resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB },
  });
  // Progress is reported as it arrives; everything else is taken in order.
  const inbox: Exclude<FromParseThread, { type: 'bytes' }>[] = [];
  let wake: (() => void) | null = null;
  let exit: { error: Error | null } | null = null;
  const poke = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: FromParseThread) => {
    if (m.type === 'bytes') report.onBytes(m.bytesRead);
    else inbox.push(m);
    poke();
  });
  worker.on('error', (e) => {
    exit = { error: e };
    poke();
  });
  worker.on('exit', (code) => {
    exit ??= { error: code === 0 ? null : new Error(`parse thread exited with ${code}`) };
    poke();
  });
  try {
    for (;;) {
      const m = inbox.shift();
      if (!m) {
        // Ended without a word (out of its heap allowance): the file is refused, the process goes on.
        if (exit) throw new FileRejected(fileMessages.interrupted(source.name));
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if (m.type === 'event') {
        worker.postMessage('ack');
        yield m.event;
        continue;
      }
      report.onDigest(m.sha256, m.bytesRead);
      if (m.type === 'done') return;
      if (m.type === 'rejected') throw new FileRejected(m.msg);
      throw new Error(m.message);
    }
  } finally {
    await worker.terminate();
  }
}
