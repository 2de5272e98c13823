/**
 * Upload limits and the server-side progress of running imports. Progress lives in the server
 * process (keyed on globalThis so every route bundle sees the same map) and is read by polling.
 */
import 'server-only';
import type { ImportProgress } from '@/lib/import/pipeline';

export { MAX_UPLOAD_BYTES, PREVIEW_XLSX_MAX_BYTES } from './uploadLimits';

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
g[KEY] ??= new Map();
const jobs: Store = g[KEY];

export function setJob(id: string, p: JobProgress) {
  jobs.set(id, { ...p, at: Date.now() });
  // Forget finished jobs after a while; a page that stopped polling never needs them.
  for (const [k, v] of jobs) if (Date.now() - v.at > 10 * 60_000) jobs.delete(k);
}

export function getJob(id: string): JobProgress | null {
  return jobs.get(id) ?? null;
}

/** How long an upload may send nothing before it is given up (REDLINE_UPLOAD_IDLE_SECONDS). */
export const UPLOAD_IDLE_MS = Number(process.env.REDLINE_UPLOAD_IDLE_SECONDS || 60) * 1000;
