/**
 * A preview in a thread of its own, with its own heap limit: a hostile file costs that thread, never
 * the server. The merchant's column mapping goes with it, so the preview of a mapped file shows the
 * rows, days and errors the import will see.
 */
import { Worker } from 'node:worker_threads';
import { fileMessages } from './messages';
import { emptyPreview, type PreviewOptions, type PreviewResult } from './preview';
import type { PreviewThreadData } from './previewThread';
import { jobDir, removeQuietly } from './tempFiles';
import { workerScript } from './workerScript';

/** Previews running at once; more wait, and past that a preview is refused as busy. */
const PREVIEWS_AT_ONCE = 2;
const PREVIEWS_WAITING = 8;
const PREVIEW_HEAP_MB = 256;
let previewsRunning = 0;
const previewQueue: (() => void)[] = [];

export class PreviewBusy extends Error {}

/** What an import would detect in a file's first part, in a thread of its own. */
export async function previewInThread(
  databaseFile: string,
  name: string,
  bytes: Uint8Array,
  opts: PreviewOptions,
): Promise<PreviewResult> {
  if (previewsRunning >= PREVIEWS_AT_ONCE) {
    if (previewQueue.length >= PREVIEWS_WAITING) throw new PreviewBusy('too many previews at once');
    await new Promise<void>((r) => previewQueue.push(r));
  }
  previewsRunning++;
  try {
    const own = new Uint8Array(bytes);
    const scratch = jobDir(databaseFile);
    const data: PreviewThreadData = {
      role: 'preview',
      name,
      bytes: own,
      platform: opts.platform,
      mapping: opts.mapping,
      saved: opts.saved,
      complete: opts.complete,
      scratch,
    };
    const worker = new Worker(workerScript(), {
      workerData: data,
      transferList: [own.buffer],
      resourceLimits: { maxOldGenerationSizeMb: PREVIEW_HEAP_MB },
    });
    const result = await new Promise<PreviewResult | null>((resolve) => {
      let r: PreviewResult | null = null;
      worker.on('message', (m: PreviewResult) => (r = m));
      worker.on('error', (e) => console.error(`[preview] ${name}:`, e));
      worker.on('exit', () => resolve(r));
    });
    removeQuietly(scratch);
    return result ?? { ...emptyPreview(name, bytes.length, opts.complete), message: fileMessages.interrupted(name) };
  } finally {
    previewsRunning--;
    previewQueue.shift()?.();
  }
}
