'use client';
import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { MAX_UPLOAD_BYTES, PREVIEW_BYTES, PREVIEW_XLSX_MAX_BYTES } from '@/app/_lib/uploadLimits';
import { setImportCoverageAction } from '@/app/(admin)/import/actions';
import { useI18n } from '@/lib/i18n/client';
import { formatBytes } from '@/lib/i18n/format';
import { platformName } from '@/lib/i18n/platforms';
import { kindOfBytes } from '@/lib/import/fileType';
import type { ImportSummary } from '@/lib/import/pipeline';
import type { PreviewResult } from '@/lib/import/preview';
import type { PlatformId } from '@/lib/types';
import { FilePreview } from './FilePreview';
import type { FileItem, Phase } from './fileItem';
import { ImportResult } from './ImportResult';
import { UploadProgress } from './UploadProgress';

export interface ShopOption {
  id: number;
  name: string;
  platform: string;
}

const isXlsx = async (f: File) => kindOfBytes(new Uint8Array(await f.slice(0, 8).arrayBuffer())) === 'zip';

function randomId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** The whole file when it is small (or a workbook, which cannot be read in part), else its start. */
async function previewRequest(file: File, platform: PlatformId | ''): Promise<PreviewResult> {
  const whole = file.size <= PREVIEW_BYTES || (file.size <= PREVIEW_XLSX_MAX_BYTES && (await isXlsx(file)));
  const body = whole ? file : file.slice(0, PREVIEW_BYTES);
  const q = new URLSearchParams({ name: file.name, complete: whole ? '1' : '0' });
  if (platform) q.set('platform', platform);
  const res = await fetch(`/api/import/preview?${q}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/octet-stream' },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { preview: PreviewResult }).preview;
}

export function ImportForm({ shops, initialShopId }: { shops: ShopOption[]; initialShopId: number | null }) {
  const { lang, t } = useI18n();
  const ids = useId();
  const [mode, setMode] = useState<'existing' | 'new'>(shops.length ? 'existing' : 'new');
  const [shopId, setShopId] = useState<number | null>(initialShopId ?? shops[0]?.id ?? null);
  const [newName, setNewName] = useState('');
  const [items, setItems] = useState<FileItem[]>([]);
  const [running, setRunning] = useState(false);
  const [finished, setFinished] = useState(false);
  const [drag, setDrag] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const update = useCallback((key: string, patch: Partial<FileItem>) => {
    setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  }, []);

  const runPreview = useCallback(
    async (key: string, file: File, platform: PlatformId | '') => {
      update(key, { previewing: true });
      try {
        update(key, { preview: await previewRequest(file, platform), previewing: false });
      } catch {
        update(key, { preview: null, previewing: false });
      }
    },
    [update],
  );

  const addFiles = (list: FileList | null) => {
    if (!list?.length) return;
    const added: FileItem[] = [];
    const tooLarge: string[] = [];
    for (const file of Array.from(list)) {
      if (file.size > MAX_UPLOAD_BYTES) {
        tooLarge.push(
          t('import.tooLarge', {
            file: file.name,
            size: formatBytes(file.size, lang),
            limit: formatBytes(MAX_UPLOAD_BYTES, lang),
          }),
        );
        continue;
      }
      added.push({
        key: randomId(),
        file,
        platform: '',
        preview: null,
        previewing: true,
        phase: 'idle',
        sent: 0,
        processed: 0,
        rows: 0,
        summary: null,
        failure: null,
        coversFrom: '',
        coversTo: '',
        covered: null,
      });
    }
    setNotice(tooLarge.length ? tooLarge.join(' ') : null);
    if (finished) {
      setFinished(false);
      setItems(added);
    } else setItems((xs) => [...xs, ...added]);
    for (const it of added) void runPreview(it.key, it.file, '');
  };

  const newShop = mode === 'new' ? newName.trim() : '';

  const importOne = (it: FileItem) =>
    new Promise<void>((resolve) => {
      const job = randomId();
      const q = new URLSearchParams({ name: it.file.name, job, size: String(it.file.size) });
      // A stored shop by its id; a new one by the name typed.
      if (mode === 'existing' && shopId !== null) q.set('shop', String(shopId));
      else if (newShop) q.set('newShop', newShop);
      if (it.platform) q.set('platform', it.platform);
      let polling = true;
      const poll = async () => {
        while (polling) {
          try {
            const res = await fetch(`/api/import/progress?job=${job}`, { cache: 'no-store' });
            if (res.ok && polling) {
              const p = (await res.json()) as { phase: Phase; bytesRead: number; rowsRead: number };
              const cur = itemsRef.current.find((x) => x.key === it.key);
              if (cur && cur.phase !== 'done' && cur.phase !== 'failed') {
                update(it.key, {
                  processed: p.phase === 'done' || p.phase === 'merging' ? it.file.size : p.bytesRead,
                  rows: p.rowsRead,
                  phase: p.phase === 'waiting' ? cur.phase : p.phase,
                });
              }
            }
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
      xhr.upload.onprogress = (e) => update(it.key, { sent: e.loaded });
      xhr.upload.onload = () => update(it.key, { sent: it.file.size });
      xhr.onload = () => {
        polling = false;
        const body = xhr.response as { summary?: ImportSummary; error?: { code: string; message: string } } | null;
        if (xhr.status === 200 && body?.summary) {
          const s = body.summary;
          update(it.key, {
            phase: s.outcome === 'imported' ? 'done' : 'failed',
            summary: s,
            sent: it.file.size,
            processed: it.file.size,
            rows: s.rowsRead,
          });
          if (s.outcome === 'imported' && s.importId !== null) {
            // The span it covers: its rows, widened to the range given and the export time in its name.
            const covers = it.coversFrom && it.coversTo ? { from: it.coversFrom, to: it.coversTo } : null;
            void setImportCoverageAction(s.importId, covers).then((r) => {
              if (r.ok) update(it.key, { covered: r.covers });
              else update(it.key, { failure: r.message });
            });
          }
        } else {
          const message = body?.error?.message ?? `HTTP ${xhr.status}`;
          update(it.key, { phase: 'failed', failure: t('import.serverError', { file: it.file.name, message }) });
        }
        resolve();
      };
      xhr.onerror = () => {
        polling = false;
        update(it.key, { phase: 'failed', failure: t('import.networkError', { file: it.file.name }) });
        resolve();
      };
      update(it.key, { phase: 'uploading', sent: 0, processed: 0, rows: 0, summary: null, failure: null });
      xhr.send(it.file);
      void poll();
    });

  const start = async () => {
    setRunning(true);
    for (const it of itemsRef.current) {
      if (it.phase === 'done') continue;
      await importOne(it);
    }
    setRunning(false);
    setFinished(true);
  };

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDrag(false);
    if (!running) addFiles(e.dataTransfer.files);
  };

  useEffect(() => {
    if (mode === 'existing' && shopId === null && shops.length) setShopId(shops[0].id);
  }, [mode, shopId, shops]);

  const imported = items.filter((x) => x.summary?.outcome === 'imported' && x.summary.shopId !== null);
  const dashboards = [...new Map(imported.map((x) => [x.summary!.shopId!, x.summary!.shop ?? ''])).entries()];

  return (
    <div className="import-form">
      <fieldset disabled={running}>
        <legend>{t('import.shopLegend')}</legend>
        {shops.length > 0 && (
          <div className="actions" role="radiogroup" aria-label={t('import.shopLegend')}>
            <label>
              <input
                type="radio"
                name="shop-mode"
                value="existing"
                checked={mode === 'existing'}
                onChange={() => setMode('existing')}
              />{' '}
              {t('import.shopExisting')}
            </label>
            <label>
              <input
                type="radio"
                name="shop-mode"
                value="new"
                checked={mode === 'new'}
                onChange={() => setMode('new')}
              />{' '}
              {t('import.shopNew')}
            </label>
          </div>
        )}
        {mode === 'existing' && shops.length > 0 ? (
          <div className="field">
            <label htmlFor={`${ids}-shop`}>{t('import.shopSelect')}</label>
            <select
              id={`${ids}-shop`}
              value={shopId ?? ''}
              onChange={(e) => setShopId(Number(e.target.value))}
              data-testid="shop-select"
            >
              {shops.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} · {platformName(s.platform, lang)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${ids}-name`}>{t('import.shopName')}</label>
            <input
              id={`${ids}-name`}
              type="text"
              value={newName}
              maxLength={100}
              onChange={(e) => setNewName(e.target.value)}
              aria-describedby={`${ids}-name-hint`}
              data-testid="shop-name"
            />
            <span id={`${ids}-name-hint`} className="field-hint">
              {t('import.shopNameHint')}
            </span>
          </div>
        )}
      </fieldset>

      <fieldset disabled={running}>
        <legend>{t('import.files')}</legend>
        <div
          className={`dropzone${drag ? ' drag' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDrag(true);
          }}
          onDragLeave={() => setDrag(false)}
          onDrop={onDrop}
        >
          <p>
            {t('import.drop')}{' '}
            <label htmlFor={`${ids}-files`} className="button">
              {t('import.pick')}
            </label>
          </p>
          <input
            ref={inputRef}
            id={`${ids}-files`}
            className="sr-only"
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = '';
            }}
            data-testid="file-input"
          />
          <p className="field-hint">{t('import.limit', { size: formatBytes(MAX_UPLOAD_BYTES, lang) })}</p>
        </div>
        <p role="alert" className="error-text" data-testid="import-notice">
          {notice}
        </p>
      </fieldset>

      <section aria-labelledby={`${ids}-detected`} aria-live="polite">
        <h2 id={`${ids}-detected`}>{finished ? t('import.results') : t('import.detected')}</h2>
        {items.length === 0 && <p className="muted">{t('import.noFiles')}</p>}
        {items.map((it) => (
          <article key={it.key} className="file-card" data-testid="file-card" data-file={it.file.name}>
            <div className="chart-head">
              <h3>{it.file.name}</h3>
              {!running && !finished && (
                <button
                  type="button"
                  className="button toggle"
                  onClick={() => setItems((xs) => xs.filter((x) => x.key !== it.key))}
                  aria-label={t('import.remove', { file: it.file.name })}
                >
                  ×
                </button>
              )}
            </div>
            {it.summary || it.failure ? (
              <>
                <ImportResult summary={it.summary} failure={it.failure} />
                {it.covered && (
                  <p className="muted" data-testid="covered">
                    {t('import.coversSaved', { from: it.covered.from, to: it.covered.to })}
                  </p>
                )}
              </>
            ) : (
              <>
                <FilePreview
                  item={it}
                  disabled={running}
                  onCovers={(from, to) => update(it.key, { coversFrom: from, coversTo: to })}
                  onPlatform={(p) => {
                    update(it.key, { platform: p });
                    void runPreview(it.key, it.file, p);
                  }}
                />
                {it.phase !== 'idle' && <UploadProgress item={it} />}
              </>
            )}
          </article>
        ))}
      </section>

      <div className="actions">
        {!finished && (
          <button
            type="button"
            className="button button-primary"
            disabled={running || items.length === 0 || items.some((x) => x.previewing)}
            onClick={start}
            data-testid="import-start"
          >
            {running ? t('import.running') : t('import.start')}
          </button>
        )}
        {finished &&
          dashboards.map(([id, name]) => (
            <Link key={id} className="button button-primary" href={`/shops/${id}`} data-testid="to-dashboard">
              {t('import.toDashboard', { shop: name })}
            </Link>
          ))}
        {finished && (
          <button type="button" className="button" onClick={() => inputRef.current?.click()}>
            {t('import.again')}
          </button>
        )}
      </div>
    </div>
  );
}
