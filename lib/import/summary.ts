/** What an import reports: its progress while it runs, and its summary at the end. */
import type { Message } from './messages';
import type { FileKind, PlatformId } from './types';

export interface ImportProgress {
  phase: 'reading' | 'merging' | 'done';
  bytesRead: number;
  totalBytes: number | null;
  rowsRead: number;
}

export interface RowErrorReport {
  line: number;
  column: string | null;
  sheet?: string;
  message: Message;
}

export interface ImportSummary {
  file: string;
  outcome: 'imported' | 'rejected';
  message: Message | null;
  importId: number | null;
  shop: string | null;
  shopId: number | null;
  platform: PlatformId | null;
  kind: FileKind | null;
  format: 'csv' | 'xlsx' | null;
  encoding: string | null;
  sheet: string | null;
  sha256: string;
  sizeBytes: number;
  rowsRead: number;
  rowsNew: number;
  rowsUpdated: number;
  /** Distinct rows already stored exactly so: nothing written. */
  rowsUnchanged: number;
  /** Rows repeating an earlier row of the file (same order or case number): the later is kept, or a line item joins its order. */
  rowsRepeated: number;
  /** Of the repeated rows, those that changed what an earlier row of the same number said (the later row is kept). */
  rowsDiffering: number;
  /** Rows not imported for an error (rowsRead = new + updated + unchanged + repeated + skipped). */
  rowsSkipped: number;
  dateFrom: string | null;
  dateTo: string | null;
  errorCount: number;
  /** How long the merge held the database's write lock, in ms (null when nothing was merged). */
  writeLockMs: number | null;
  /** The first MAX_REPORTED_ERRORS row errors; errorCount has them all. */
  errors: RowErrorReport[];
  /** A zip archive of exports: each file inside, in archive order (this summary adds them up). */
  parts?: ImportSummary[];
}

export const MAX_REPORTED_ERRORS = 1000;

export function emptySummary(file: string): ImportSummary {
  return {
    file,
    outcome: 'rejected',
    message: null,
    importId: null,
    shop: null,
    shopId: null,
    platform: null,
    kind: null,
    format: null,
    encoding: null,
    sheet: null,
    sha256: '',
    sizeBytes: 0,
    rowsRead: 0,
    rowsNew: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    rowsRepeated: 0,
    rowsDiffering: 0,
    rowsSkipped: 0,
    dateFrom: null,
    dateTo: null,
    errorCount: 0,
    writeLockMs: null,
    errors: [],
  };
}
