'use client';
import { useId } from 'react';
import { useI18n } from '@/lib/i18n/client';

/** The values of an after-sales status column, with counts, to tick those that mean "the platform stepped in". */
export function InterventionValues({
  column,
  values,
  marked,
  disabled,
  onChange,
}: {
  column: string | null;
  values: readonly { value: string; count: number }[];
  marked: ReadonlySet<string>;
  disabled: boolean;
  onChange: (marked: Set<string>) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const toggle = (value: string, on: boolean) => {
    const next = new Set(marked);
    if (on) next.add(value);
    else next.delete(value);
    onChange(next);
  };
  return (
    <fieldset className="mapping-values" aria-describedby={`${id}-hint`} data-testid="intervention-values">
      <legend>{t('mapping.interventionTitle')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {!column
          ? t('mapping.interventionNoColumn')
          : values.length
            ? t('mapping.interventionHint', { column })
            : t('mapping.interventionNoValues')}
      </p>
      {values.map((v) => (
        <label key={v.value} className="check">
          <input
            type="checkbox"
            checked={marked.has(v.value)}
            disabled={disabled}
            onChange={(e) => toggle(v.value, e.target.checked)}
            data-value={v.value}
          />
          {t('mapping.valueCount', { value: v.value, count: v.count })}
        </label>
      ))}
    </fieldset>
  );
}
