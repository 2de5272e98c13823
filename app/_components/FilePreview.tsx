'use client';
import { useId } from 'react';
import { PREVIEW_XLSX_MAX_BYTES } from '@/app/_lib/uploadLimits';
import { useI18n } from '@/lib/i18n/client';
import { formatBytes, formatInt } from '@/lib/i18n/format';
import { renderMessage } from '@/lib/i18n/importMessages';
import { platformName } from '@/lib/i18n/platforms';
import { PLATFORMS, type PlatformId } from '@/lib/import/types';
import { Dated } from './Dated';
import type { FileItem } from './fileItem';

/** What Redline detected in a file before it is imported; the platform can be corrected. */
export function FilePreview({
  item,
  onPlatform,
  onCovers,
  disabled,
  mappable = false,
}: {
  item: FileItem;
  /** The file can be mapped below: its refusal is a step to take, not a dead end. */
  mappable?: boolean;
  onPlatform: (p: PlatformId | '') => void;
  /** The range the merchant exported, to widen the days the file covers. */
  onCovers: (from: string, to: string) => void;
  disabled: boolean;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const p = item.preview;
  const rows = !p?.ok
    ? '—'
    : p.complete
      ? formatInt(p.rows, lang)
      : p.format === 'xlsx' || p.format === 'zip'
        ? '—'
        : t('import.estimated', {
            n: formatInt(Math.round((p.rows * item.file.size) / Math.max(1, p.bytesSeen)), lang),
            size: formatBytes(p.bytesSeen, lang),
          });
  return (
    <>
      <dl>
        <div>
          <dt>{t('import.size')}</dt>
          <dd>{formatBytes(item.file.size, lang)}</dd>
        </div>
        <div className="span-2">
          <dt>
            <label htmlFor={`${id}-platform`}>{t('import.platform')}</label>
          </dt>
          <dd>
            <select
              id={`${id}-platform`}
              value={item.platform}
              disabled={disabled}
              onChange={(e) => onPlatform(e.target.value as PlatformId | '')}
              data-testid="platform-select"
            >
              <option value="">
                {p?.platform && !item.platform
                  ? t('import.autoDetected', { platform: platformName(p.platform, lang) })
                  : t('import.autoDetect')}
              </option>
              {PLATFORMS.map((pid) => (
                <option key={pid} value={pid}>
                  {platformName(pid, lang)}
                </option>
              ))}
            </select>
          </dd>
        </div>
        <div>
          <dt>{t('import.kind')}</dt>
          <dd data-testid="preview-kind">
            {item.previewing ? t('import.sniffing') : p?.kind ? t(`kind.${p.kind}`) : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('import.encoding')}</dt>
          <dd data-testid="preview-encoding">
            {p?.format === 'xlsx' || p?.format === 'zip' ? p.format : (p?.encoding ?? '—')}
          </dd>
        </div>
        <div>
          <dt>{t('import.rows')}</dt>
          <dd data-testid="preview-rows">{item.previewing ? t('import.sniffing') : rows}</dd>
        </div>
        <div>
          <dt>{t('import.dates')}</dt>
          <dd data-testid="preview-dates">{p?.dateFrom ? <Dated text={`${p.dateFrom} – ${p.dateTo}`} /> : '—'}</dd>
        </div>
        <div className="wide">
          <dt>{t('import.covers')}</dt>
          <dd className="covers-inputs">
            <input
              type="date"
              aria-label={t('import.coversFrom', { file: item.file.name })}
              value={item.coversFrom}
              disabled={disabled}
              onChange={(e) => onCovers(e.target.value, item.coversTo)}
              data-testid="covers-from"
            />
            {' – '}
            <input
              type="date"
              aria-label={t('import.coversTo', { file: item.file.name })}
              value={item.coversTo}
              disabled={disabled}
              onChange={(e) => onCovers(item.coversFrom, e.target.value)}
              data-testid="covers-to"
            />
          </dd>
        </div>
      </dl>
      {p?.format === 'zip' && (
        <p className="muted" data-testid="preview-zip">
          {t('import.zipLater')}
        </p>
      )}
      {p?.format === 'xlsx' && !p.complete && (
        <p className="muted">{t('import.xlsxLater', { size: formatBytes(PREVIEW_XLSX_MAX_BYTES, lang) })}</p>
      )}
      {p?.message && (
        <p className={mappable ? 'message-warn' : 'message-error'} role="alert" data-testid="preview-message">
          {renderMessage(p.message, lang)}
        </p>
      )}
    </>
  );
}
