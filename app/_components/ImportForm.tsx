'use client';
import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { MAX_UPLOAD_BYTES } from '@/app/_lib/uploadLimits';
import { setImportCoverageAction } from '@/app/(admin)/import/actions';
import { useI18n } from '@/lib/i18n/client';
import { formatBytes } from '@/lib/i18n/format';
import type { ColumnMapping } from '@/lib/import/mapping';
import type { ImportSummary } from '@/lib/import/pipeline';
import { shopNameKey } from '@/lib/shops/name';
import type { PlatformId } from '@/lib/types';
import { FileCard } from './FileCard';
import { FileDropzone } from './FileDropzone';
import { alreadyImported, type FileItem } from './fileItem';
import { previewRequest, randomId, uploadFile } from './importRequests';
import { type ShopMode, type ShopOption, ShopPicker, takenName } from './ShopPicker';

export type { ShopOption } from './ShopPicker';

const newItem = (file: File): FileItem => ({
  key: randomId(),
  file,
  platform: '',
  preview: null,
  previewing: true,
  help: null,
  mapping: null,
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

/** The import page: the shop, the files with what was detected in each, then each file's upload, one at a time. */
export function ImportForm({ shops, initialShopId }: { shops: ShopOption[]; initialShopId: number | null }) {
  const { lang, t } = useI18n();
  const ids = useId();
  const [mode, setMode] = useState<ShopMode>(shops.length ? 'existing' : 'new');
  const [shopId, setShopId] = useState<number | null>(initialShopId ?? shops[0]?.id ?? null);
  const [newName, setNewName] = useState('');
  const [items, setItems] = useState<FileItem[]>([]);
  const [running, setRunning] = useState(false);
  const [finished, setFinished] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Shops this form created, by name key: the next files for the same new name go on into them.
  const createdRef = useRef(new Map<string, number>());
  const [created, setCreated] = useState<ReadonlySet<number>>(new Set());
  const inputRef = useRef<HTMLInputElement>(null);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const chosenShop = mode === 'existing' ? (shops.find((s) => s.id === shopId) ?? null) : null;
  const chosenShopId = chosenShop?.id ?? null;
  const shopRef = useRef(chosenShopId);
  shopRef.current = chosenShopId;

  const update = useCallback((key: string, patch: Partial<FileItem>) => {
    setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  }, []);

  const runPreview = useCallback(
    async (key: string, file: File, platform: PlatformId | '', mapping: ColumnMapping | null) => {
      update(key, { previewing: true, platform, mapping });
      try {
        const preview = await previewRequest(file, platform, mapping, shopRef.current);
        // The help to map with is kept from the first preview that offered it.
        setItems((xs) =>
          xs.map((x) =>
            x.key === key ? { ...x, preview, previewing: false, help: x.help ?? preview.mapping ?? null } : x,
          ),
        );
      } catch {
        update(key, { preview: null, previewing: false });
      }
    },
    [update],
  );

  // Leaving the page mid-upload would cut the file off: the browser asks first.
  useEffect(() => {
    if (!running) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [running]);

  useEffect(() => {
    if (mode === 'existing' && shopId === null && shops.length) setShopId(shops[0].id);
  }, [mode, shopId, shops]);

  // Another shop, other saved mappings: files not mapped by hand are looked at again.
  const previewedFor = useRef(chosenShopId);
  useEffect(() => {
    if (previewedFor.current === chosenShopId) return;
    previewedFor.current = chosenShopId;
    for (const it of itemsRef.current)
      if (it.phase === 'idle' && !it.mapping) void runPreview(it.key, it.file, it.platform, null);
  }, [chosenShopId, runPreview]);

  const addFiles = (list: FileList | null) => {
    if (!list?.length) return;
    const files = Array.from(list);
    const tooLarge = files.filter((f) => f.size > MAX_UPLOAD_BYTES);
    const added = files.filter((f) => f.size <= MAX_UPLOAD_BYTES).map(newItem);
    setNotice(
      tooLarge.length
        ? tooLarge
            .map((file) =>
              t('import.tooLarge', {
                file: file.name,
                size: formatBytes(file.size, lang),
                limit: formatBytes(MAX_UPLOAD_BYTES, lang),
              }),
            )
            .join(' ')
        : null,
    );
    if (finished) {
      setFinished(false);
      setItems(added);
    } else setItems((xs) => [...xs, ...added]);
    for (const it of added) void runPreview(it.key, it.file, '', null);
  };

  /** The shop every file of a run goes into: the first file into a new shop creates it, the rest follow it there. */
  type Target = { shopId: number | null; newShop: string };
  const importOne = async (it: FileItem, target: Target): Promise<ImportSummary | null> => {
    update(it.key, { phase: 'uploading', sent: 0, processed: 0, rows: 0, summary: null, failure: null });
    const outcome = await uploadFile(
      it.file,
      {
        shopId: target.shopId,
        newShop: target.shopId === null ? target.newShop : '',
        platform: it.platform,
        mapping: it.mapping,
      },
      {
        sent: (bytes) => update(it.key, { sent: bytes }),
        progress: (p) => {
          const cur = itemsRef.current.find((x) => x.key === it.key);
          if (!cur || cur.phase === 'done' || cur.phase === 'failed') return;
          update(it.key, {
            processed: p.phase === 'done' || p.phase === 'merging' ? it.file.size : p.bytesRead,
            rows: p.rowsRead,
            phase: p.phase === 'waiting' ? cur.phase : p.phase,
          });
        },
      },
    );
    if (outcome.type === 'network') {
      update(it.key, { phase: 'failed', failure: t('import.networkError', { file: it.file.name }) });
      return null;
    }
    if (outcome.type === 'error') {
      const message = outcome.message ?? `HTTP ${outcome.status}`;
      update(it.key, { phase: 'failed', failure: t('import.serverError', { file: it.file.name, message }) });
      return null;
    }
    const s = outcome.summary;
    const ok = s.outcome === 'imported' || alreadyImported(s);
    update(it.key, {
      phase: ok ? 'done' : 'failed',
      summary: s,
      sent: it.file.size,
      processed: it.file.size,
      rows: s.rowsRead,
    });
    if (s.outcome === 'imported' && s.importId !== null) {
      // The span it covers: its rows, widened to the range given and the export time in its name.
      const covers = it.coversFrom && it.coversTo ? { from: it.coversFrom, to: it.coversTo } : null;
      const r = await setImportCoverageAction(s.importId, covers);
      if (r.ok) update(it.key, { covered: r.covers });
      else update(it.key, { failure: r.message });
    }
    return s;
  };

  const start = async () => {
    setRunning(true);
    // A stored shop by its id; a new one by the name typed, until its first file has created it.
    // Without a name each file goes to its own platform's shop, so nothing follows the first.
    const typed = mode === 'new' ? newName.trim() : '';
    const made = typed ? createdRef.current.get(shopNameKey(typed)) : undefined;
    let target: Target = { shopId: chosenShop?.id ?? made ?? null, newShop: typed };
    for (const it of itemsRef.current) {
      if (it.phase === 'done') continue;
      const s = await importOne(it, target);
      if (typed && target.shopId === null && s?.shopId) {
        const id = s.shopId;
        target = { shopId: id, newShop: '' };
        createdRef.current.set(shopNameKey(typed), id);
        setCreated((prev) => new Set(prev).add(id));
      }
    }
    setRunning(false);
    setFinished(true);
  };

  // A new shop by name takes its first file's platform: a later file of another platform would be refused.
  const typedName = mode === 'new' ? newName.trim() : '';
  const firstPlatform = items[0]?.preview?.platform ?? null;
  const newShop = typedName && firstPlatform ? { name: typedName, platform: firstPlatform } : null;
  // Files imported, and files already imported before (nothing changed): each shop's dashboard.
  const imported = items.filter(
    (x) => (x.summary?.outcome === 'imported' || alreadyImported(x.summary)) && x.summary?.shopId != null,
  );
  const dashboards = [...new Map(imported.map((x) => [x.summary!.shopId!, x.summary!.shop ?? ''])).entries()];

  return (
    <div className="import-form">
      <ShopPicker
        shops={shops}
        mode={mode}
        shopId={shopId}
        newName={newName}
        disabled={running}
        onMode={setMode}
        onShop={setShopId}
        onName={setNewName}
        created={created}
      />
      <FileDropzone inputRef={inputRef} disabled={running} notice={notice} onFiles={addFiles} />

      <section aria-labelledby={`${ids}-detected`} aria-live="polite">
        <h2 id={`${ids}-detected`}>{finished ? t('import.results') : t('import.detected')}</h2>
        {items.length === 0 && <p className="muted">{t('import.noFiles')}</p>}
        {items.map((it) => (
          <FileCard
            key={it.key}
            item={it}
            running={running}
            finished={finished}
            shop={chosenShop}
            newShop={newShop}
            shops={shops}
            onRemove={() => setItems((xs) => xs.filter((x) => x.key !== it.key))}
            onPlatform={(p) => void runPreview(it.key, it.file, p, it.mapping)}
            onCovers={(from, to) => update(it.key, { coversFrom: from, coversTo: to })}
            onMapping={(m) => void runPreview(it.key, it.file, it.platform, m)}
            onShop={(id) => {
              setMode('existing');
              setShopId(id);
            }}
            onNewShop={() => setMode('new')}
          />
        ))}
      </section>

      <div className="actions">
        {!finished && (
          <button
            type="button"
            className="button button-primary"
            disabled={
              running ||
              items.length === 0 ||
              items.some((x) => x.previewing) ||
              (mode === 'new' && takenName(shops, newName, created) !== null)
            }
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
