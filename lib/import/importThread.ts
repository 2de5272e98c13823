/** The import thread: one file, read → stage → merge, on a database connection of its own. */
import { parentPort, workerData } from 'node:worker_threads';
import { type EngineInput, runImport } from './engine';
import type { ImportProgress, ImportSummary } from './summary';

export type ImportThreadData = EngineInput & { role: 'import' };

export type FromImportThread =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'waiting' }
  | { type: 'summary'; summary: ImportSummary };

export async function importMain(): Promise<void> {
  const port = parentPort!;
  const data = workerData as ImportThreadData;
  const post = (m: FromImportThread) => port.postMessage(m);
  const summary = await runImport(data, {
    onProgress: (progress) => post({ type: 'progress', progress }),
    onWait: () => post({ type: 'waiting' }),
  });
  post({ type: 'summary', summary });
}
