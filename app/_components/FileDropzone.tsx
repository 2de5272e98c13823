'use client';
import { type RefObject, useId, useState } from 'react';
import { MAX_UPLOAD_BYTES } from '@/app/_lib/uploadLimits';
import { useI18n } from '@/lib/i18n/client';
import { formatBytes } from '@/lib/i18n/format';

/** Where files are dropped or picked; a notice says which were too large. */
export function FileDropzone({
  inputRef,
  disabled,
  notice,
  onFiles,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  disabled: boolean;
  notice: string | null;
  onFiles: (list: FileList | null) => void;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const [drag, setDrag] = useState(false);
  return (
    // The whole fieldset takes a drop, the dashed zone shows where.
    <fieldset
      disabled={disabled}
      onDragOver={(e) => {
        e.preventDefault();
        setDrag(true);
      }}
      onDragLeave={() => setDrag(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDrag(false);
        if (!disabled) onFiles(e.dataTransfer.files);
      }}
    >
      <legend>{t('import.files')}</legend>
      <div className={`dropzone${drag ? ' drag' : ''}`}>
        <p>
          {t('import.drop')}{' '}
          <label htmlFor={`${id}-files`} className="button">
            {t('import.pick')}
          </label>
        </p>
        <input
          ref={inputRef}
          id={`${id}-files`}
          className="sr-only"
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            onFiles(e.target.files);
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
  );
}
