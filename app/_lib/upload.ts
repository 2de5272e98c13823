/** Upload limits, and where the progress of running imports is kept (lib/import/jobProgress.ts). */
import 'server-only';

export { JobProgressWriter, readJobProgress } from '@/lib/import/jobProgress';
export { MAX_UPLOAD_BYTES, PREVIEW_XLSX_MAX_BYTES } from './uploadLimits';

/** How long an upload may send nothing before it is given up (REDLINE_UPLOAD_IDLE_SECONDS). */
export const UPLOAD_IDLE_MS = Number(process.env.REDLINE_UPLOAD_IDLE_SECONDS || 60) * 1000;
