/** One file on the import page, as the form, its preview and its progress bar all read it. */
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
