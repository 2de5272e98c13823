/** The preview thread: what an import would detect in a file's first part, off the server's thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { type PreviewOptions, previewFile } from './preview';
import { fileIn } from './tempFiles';

export interface PreviewThreadData extends PreviewOptions {
  role: 'preview';
  name: string;
  bytes: Uint8Array;
  /** This preview's scratch folder. */
  scratch: string;
}

export async function previewMain(): Promise<void> {
  const data = workerData as PreviewThreadData;
  const result = await previewFile(data.name, data.bytes, {
    platform: data.platform,
    mapping: data.mapping,
    saved: data.saved,
    complete: data.complete,
    scratchFile: (s) => fileIn(data.scratch, s),
  });
  parentPort!.postMessage(result);
}
