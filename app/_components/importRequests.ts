/** The import page's two requests: a file's preview, and its upload with the server's progress. */
import { PREVIEW_BYTES, PREVIEW_XLSX_MAX_BYTES } from '@/app/_lib/uploadLimits';
import { kindOfBytes } from '@/lib/import/fileType';
import type { ColumnMapping } from '@/lib/import/mapping';
import type { ImportSummary } from '@/lib/import/pipeline';
import type { PreviewResult } from '@/lib/import/preview';
import type { PlatformId } from '@/lib/types';
import type { Phase } from './fileItem';

const isXlsx = async (f: File) => kindOfBytes(new Uint8Array(await f.slice(0, 8).arrayBuffer())) === 'zip';

export function randomId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** The whole file when it is small (or a workbook, which cannot be read in part), else its start. */
export async function previewRequest(
  file: File,
  platform: PlatformId | '',
  mapping: ColumnMapping | null,
  /** The chosen stored shop, whose saved mappings apply; null for a new shop. */
  shopId: number | null,
): Promise<PreviewResult> {
  const whole = file.size <= PREVIEW_BYTES || (file.size <= PREVIEW_XLSX_MAX_BYTES && (await isXlsx(file)));
  const body = whole ? file : file.slice(0, PREVIEW_BYTES);
  const q = new URLSearchParams({ name: file.name, complete: whole ? '1' : '0' });
  if (platform) q.set('platform', platform);
  if (mapping) q.set('mapping', JSON.stringify(mapping));
  if (shopId !== null) q.set('shop', String(shopId));
  const res = await fetch(`/api/import/preview?${q}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/octet-stream' },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { preview: PreviewResult }).preview;
}

export interface ServerProgress {
  phase: Phase;
  bytesRead: number;
  rowsRead: number;
}

export type UploadOutcome =
  | { type: 'summary'; summary: ImportSummary }
  | { type: 'error'; status: number; message: string | null }
  | { type: 'network' };

/**
 * Sends one file as the request body (the shop by id or a new shop's name, its platform and
 * mapping in the query), reporting bytes sent and, polled meanwhile, how far the server has read it.
 */
export function uploadFile(
  file: File,
  target: { shopId: number | null; newShop: string; platform: PlatformId | ''; mapping: ColumnMapping | null },
  on: { sent: (bytes: number) => void; progress: (p: ServerProgress) => void },
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const job = randomId();
    const q = new URLSearchParams({ name: file.name, job, size: String(file.size) });
    if (target.shopId !== null) q.set('shop', String(target.shopId));
    else if (target.newShop) q.set('newShop', target.newShop);
    if (target.platform) q.set('platform', target.platform);
    if (target.mapping) q.set('mapping', JSON.stringify(target.mapping));
    let polling = true;
    const poll = async () => {
      while (polling) {
        try {
          const res = await fetch(`/api/import/progress?job=${job}`, { cache: 'no-store' });
          if (res.ok && polling) on.progress((await res.json()) as ServerProgress);
        } catch {
          // A missed poll only delays the bar.
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/import?${q}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => on.sent(e.loaded);
    xhr.upload.onload = () => on.sent(file.size);
    xhr.onload = () => {
      polling = false;
      const body = xhr.response as { summary?: ImportSummary; error?: { code: string; message: string } } | null;
      if (xhr.status === 200 && body?.summary) resolve({ type: 'summary', summary: body.summary });
      else resolve({ type: 'error', status: xhr.status, message: body?.error?.message ?? null });
    };
    xhr.onerror = () => {
      polling = false;
      resolve({ type: 'network' });
    };
    xhr.send(file);
    void poll();
  });
}
