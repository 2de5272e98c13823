/**
 * Upload limits and the server-side progress of running imports. Progress lives in the server
 * process (keyed on globalThis so every route bundle sees the same map) and is read by polling.
 */
import 'server-only';
import type { ImportProgress } from '@/lib/import/pipeline';

export { MAX_UPLOAD_BYTES, PREVIEW_BYTES, PREVIEW_XLSX_MAX_BYTES } from './uploadLimits';

export type JobPhase = 'waiting' | ImportProgress['phase'];
export interface JobProgress {
  phase: JobPhase;
  bytesRead: number;
  totalBytes: number | null;
  rowsRead: number;
}

type Store = Map<string, JobProgress & { at: number }>;
const KEY = Symbol.for('redline.importJobs');
const g = globalThis as unknown as Record<symbol, Store | undefined>;
const jobs: Store = (g[KEY] ??= new Map());

export { JOB_ID } from '@/lib/input/routes';

export function setJob(id: string, p: JobProgress) {
  jobs.set(id, { ...p, at: Date.now() });
  // Forget finished jobs after a while; a page that stopped polling never needs them.
  for (const [k, v] of jobs) if (Date.now() - v.at > 10 * 60_000) jobs.delete(k);
}

export function getJob(id: string): JobProgress | null {
  return jobs.get(id) ?? null;
}

/** The import's own kind of message, for a file over the limit. */
export const tooLargeMessage = (file: string, size: number) => ({
  code: 'file.too_large',
  zh: `文件「${file}」有 ${(size / 1e6).toFixed(0)} MB，超过单个文件 1 GB 的上限。请按时间分段导出后再导入。`,
  en: `File "${file}" is ${(size / 1e6).toFixed(0)} MB, over the 1 GB limit per file. Export shorter date ranges and import those.`,
});

export const truncatedMessage = (file: string, received: number, expected: number) => ({
  code: 'file.upload_truncated',
  zh: `文件「${file}」只收到 ${received} / ${expected} 字节，上传不完整，整个文件未导入。请重试。`,
  en: `Only ${received} of ${expected} bytes of "${file}" arrived; the upload is incomplete and nothing from it was imported. Try again.`,
});

/** How long an upload may send nothing before it is given up (REDLINE_UPLOAD_IDLE_SECONDS). */
export const UPLOAD_IDLE_MS = Number(process.env.REDLINE_UPLOAD_IDLE_SECONDS || 60) * 1000;

export const stalledMessage = (file: string, received: number) => ({
  code: 'file.upload_stalled',
  zh: `文件「${file}」上传停止了（已收到 ${received} 字节后 ${UPLOAD_IDLE_MS / 1000} 秒没有新数据），整个文件未导入。请检查网络后重试。`,
  en: `The upload of "${file}" stopped (nothing for ${UPLOAD_IDLE_MS / 1000} s after ${received} bytes); nothing from it was imported. Check the connection and try again.`,
});
