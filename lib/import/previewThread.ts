/** The preview thread: what an import would detect in a file's first part, off the server's thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { type PreviewOptions, previewFile } from './preview';
import { scratchFile } from './tempFiles';

export interface PreviewThreadData extends PreviewOptions {
  role: 'preview';
  name: string;
  bytes: Uint8Array;
  databaseFile: string;
}

export async function previewMain(): Promise<void> {
  const data = workerData as PreviewThreadData;
  const result = await previewFile(data.name, data.bytes, { platform: data.platform, complete: data.complete, scratchFile: (s) => scratchFile(s, data.databaseFile) });
  parentPort!.postMessage(result);
}
