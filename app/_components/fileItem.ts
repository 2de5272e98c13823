/** One file on the import page, as the form, its preview and its progress bar all read it. */
import type { ColumnMapping } from '@/lib/import/mapping';
import type { MappingHelp } from '@/lib/import/mappingHelp';
import type { ImportSummary } from '@/lib/import/pipeline';
import type { PreviewResult } from '@/lib/import/preview';
import type { PlatformId } from '@/lib/types';

export type Phase = 'idle' | 'uploading' | 'waiting' | 'reading' | 'merging' | 'done' | 'failed';

export interface FileItem {
  key: string;
  file: File;
  platform: PlatformId | '';
  preview: PreviewResult | null;
  previewing: boolean;
  /** What the first preview of an unknown header gave to map it with; kept while the merchant maps. */
  help: MappingHelp | null;
  /** The mapping the preview was last run with, sent with the upload (and saved for the shop). */
  mapping: ColumnMapping | null;
  phase: Phase;
  /** Bytes the browser has sent. */
  sent: number;
  /** Bytes the server has read into the import, and rows so far. */
  processed: number;
  rows: number;
  summary: ImportSummary | null;
  /** A failure outside the import itself (network, server). */
  failure: string | null;
  /** The range the merchant says they exported ("" when not given), and the span recorded after the import. */
  coversFrom: string;
  coversTo: string;
  covered: { from: string; to: string } | null;
}

/** A file refused only because the very same file is already in the shop: nothing to fix, nothing changed. */
export const alreadyImported = (s: ImportSummary | null) =>
  s?.outcome === 'rejected' && s.message?.code === 'file.already_imported';
