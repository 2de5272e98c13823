'use client';
import { useI18n } from '@/lib/i18n/client';
import type { FileItem } from './fileItem';

const pct = (n: number, of: number) => (of > 0 ? Math.min(100, Math.round((n / of) * 100)) : 100);

/**
 * Two real bars, each saying its phase: the bytes the browser has sent (上传中, then 已上传), and the
 * bytes the server has read into the import (排队中, 读取中, 合并中, 完成).
 */
export function UploadProgress({ item }: { item: FileItem }) {
  const { t } = useI18n();
  const size = item.file.size;
  const uploaded = item.sent >= size;
  const processing =
    item.phase === 'reading'
      ? t('import.phase.reading', { rows: item.rows })
      : item.phase === 'merging'
        ? t('import.phase.merging')
        : item.phase === 'done'
          ? t('import.phase.done')
          : item.phase === 'failed'
            ? t('import.phase.rejected')
            : t('import.phase.waiting');
  return (
    <div className="progress-block" data-testid="progress">
      <div className="progress-row" data-testid="upload-phase" data-phase={uploaded ? 'uploaded' : 'uploading'}>
        <span>{uploaded ? t('import.phase.uploaded') : t('import.phase.uploading')}</span>
        <progress
          className="progress"
          max={100}
          value={pct(item.sent, size)}
          aria-label={t('import.progressUpload', { file: item.file.name })}
        />
        <span className="num">{pct(item.sent, size)}%</span>
      </div>
      <div className="progress-row" data-testid="process-phase" data-phase={item.phase}>
        <span>{processing}</span>
        <progress
          className="progress"
          max={100}
          value={pct(item.processed, size)}
          aria-label={t('import.progressProcess', { file: item.file.name })}
        />
        <span className="num">{pct(item.processed, size)}%</span>
      </div>
    </div>
  );
}
