'use client';
import { useI18n } from '@/lib/i18n/client';
import { platformName } from '@/lib/i18n/platforms';
import type { ColumnMapping } from '@/lib/import/mapping';
import { PLATFORMS, type PlatformId } from '@/lib/import/types';
import { ColumnMappingForm } from './ColumnMappingForm';
import { FilePreview } from './FilePreview';
import type { FileItem } from './fileItem';
import { ImportResult } from './ImportResult';
import { PlatformMismatch } from './PlatformMismatch';
import type { ShopOption } from './ShopPicker';
import { UploadProgress } from './UploadProgress';

/** One file: what was detected (and its column mapping when its header is unknown), then its progress and result. */
export function FileCard({
  item,
  running,
  finished,
  shop,
  newShop,
  shops,
  onRemove,
  onPlatform,
  onCovers,
  onMapping,
  onShop,
  onNewShop,
}: {
  item: FileItem;
  running: boolean;
  finished: boolean;
  /** The stored shop chosen, or null for a new one. */
  shop: ShopOption | null;
  /** A new shop by name, and the platform its first file gives it (null until one is known). */
  newShop: { name: string; platform: PlatformId } | null;
  shops: readonly ShopOption[];
  onRemove: () => void;
  onPlatform: (p: PlatformId | '') => void;
  onCovers: (from: string, to: string) => void;
  onMapping: (m: ColumnMapping) => void;
  onShop: (id: number) => void;
  onNewShop: () => void;
}) {
  const { lang, t } = useI18n();
  const p = item.preview;
  const filePlatform = p?.platform ?? null;
  const mismatch = shop !== null && filePlatform !== null && filePlatform !== shop.platform;
  const newShopMismatch = newShop !== null && filePlatform !== null && filePlatform !== newShop.platform;
  const shopPlatform = PLATFORMS.find((x) => x === shop?.platform);
  const defaultPlatform = item.platform || shopPlatform || item.help?.platform || PLATFORMS[0];
  return (
    <article className="file-card" data-testid="file-card" data-file={item.file.name}>
      <div className="chart-head">
        <h3>{item.file.name}</h3>
        {!running && !finished && (
          <button
            type="button"
            className="button toggle"
            onClick={onRemove}
            aria-label={t('import.remove', { file: item.file.name })}
          >
            ×
          </button>
        )}
      </div>
      {item.summary || item.failure ? (
        <>
          <ImportResult summary={item.summary} failure={item.failure} />
          {item.covered && (
            <p className="muted" data-testid="covered">
              {t('import.coversSaved', { from: item.covered.from, to: item.covered.to })}
            </p>
          )}
        </>
      ) : (
        <>
          <FilePreview
            item={item}
            disabled={running}
            mappable={item.help !== null && p?.message?.code === 'file.unknown_header'}
            onCovers={onCovers}
            onPlatform={onPlatform}
          />
          {item.mapping && p?.ok && !item.previewing && (
            <p className="message-ok" data-testid="mapping-applied">
              {t('mapping.applied')}
            </p>
          )}
          {item.help && (item.mapping || p?.message?.code === 'file.unknown_header') && (
            <ColumnMappingForm
              help={item.help}
              current={item.mapping}
              defaultPlatform={defaultPlatform}
              disabled={running || item.previewing}
              onApply={onMapping}
            />
          )}
          {newShopMismatch && filePlatform && newShop && (
            <div className="message-warn" role="status" data-testid="new-shop-mismatch">
              <p>
                {t('mismatch.newShopText', {
                  file: platformName(filePlatform, lang),
                  shop: newShop.name,
                  shopPlatform: platformName(newShop.platform, lang),
                })}
              </p>
            </div>
          )}
          {mismatch && filePlatform && shop && (
            <PlatformMismatch
              filePlatform={filePlatform}
              shop={shop}
              shops={shops}
              disabled={running}
              onShop={onShop}
              onNewShop={onNewShop}
            />
          )}
          {item.phase !== 'idle' && <UploadProgress item={item} />}
        </>
      )}
    </article>
  );
}
