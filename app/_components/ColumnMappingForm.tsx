'use client';
import { useId, useState } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { fieldLabel } from '@/lib/i18n/mappingFields';
import { platformName } from '@/lib/i18n/platforms';
import { type ColumnMapping, fieldsOf, missingFields } from '@/lib/import/mapping';
import type { MappingHelp } from '@/lib/import/mappingHelp';
import { type FileKind, PLATFORMS, type PlatformId } from '@/lib/import/types';
import { InterventionValues } from './InterventionValues';

const KINDS: readonly FileKind[] = ['orders', 'afterSales'];
/** The after-sales columns whose values can say "the platform stepped in", most specific first. */
const STATUS_FIELDS = ['interventionStatus', 'status', 'interventionFlag'] as const;
/** Values that read as an intervention are ticked to begin with; "none"/"not" values are not. */
const looksIntervened = (v: string) => /介入|仲裁|小二/.test(v) && !/^(无|未|不|没|非)/.test(v);

/**
 * For a file whose header Redline does not know: the kind and platform, and for each field of the
 * kind a select of the file's columns (pre-filled with the suggestion, an example value beside it),
 * and for after-sales the values of the status column to tick as "the platform stepped in".
 */
export function ColumnMappingForm({
  help,
  current,
  defaultPlatform,
  disabled,
  onApply,
}: {
  help: MappingHelp;
  /** The mapping the preview last ran with, if any. */
  current: ColumnMapping | null;
  defaultPlatform: PlatformId;
  disabled: boolean;
  onApply: (mapping: ColumnMapping) => void;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<FileKind>(current?.kind ?? help.kind);
  const [platform, setPlatform] = useState<PlatformId>(current?.platform ?? defaultPlatform);
  const [columns, setColumns] = useState<Record<string, string>>(
    current?.columns ?? help.suggestions[current?.kind ?? help.kind].columns,
  );
  const statusColumn = STATUS_FIELDS.map((f) => columns[f]).find(Boolean) ?? null;
  const [marked, setMarked] = useState<Set<string>>(
    () =>
      new Set(
        current?.interventionValues ??
          (statusColumn ? (help.values[statusColumn] ?? []).map((v) => v.value).filter(looksIntervened) : []),
      ),
  );
  const required = new Set(missingFields(kind, {}));
  const missing = missingFields(kind, columns);
  const chooseKind = (k: FileKind) => {
    setKind(k);
    setColumns(help.suggestions[k].columns);
    setMarked(new Set());
  };
  const chooseColumn = (field: string, column: string) => {
    const next = { ...columns };
    if (column) next[field] = column;
    else delete next[field];
    setColumns(next);
  };
  const apply = () => {
    // Only values of the column chosen now: ticks left from another column mean nothing here.
    const listed = new Set((statusColumn ? (help.values[statusColumn] ?? []) : []).map((v) => v.value));
    const values = kind === 'afterSales' ? [...marked].filter((v) => listed.has(v)) : [];
    onApply({ platform, kind, columns, ...(values.length ? { interventionValues: values } : {}) });
  };
  return (
    <section className="mapping" aria-labelledby={`${id}-title`} data-testid="mapping">
      <h4 id={`${id}-title`}>{t('mapping.title')}</h4>
      <p className="field-hint">{t('mapping.intro')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('mapping.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            disabled={disabled}
            onChange={(e) => chooseKind(e.target.value as FileKind)}
            data-testid="mapping-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-platform`}>{t('mapping.platform')}</label>
          <select
            id={`${id}-platform`}
            value={platform}
            disabled={disabled}
            onChange={(e) => setPlatform(e.target.value as PlatformId)}
            data-testid="mapping-platform"
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformName(p, lang)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mapping-fields">
        {fieldsOf(kind).map((field) => {
          const label = fieldLabel(t, kind, field);
          const column = columns[field] ?? '';
          const example = column ? help.examples[column] : undefined;
          return (
            <div key={field} className="mapping-row" data-field={field}>
              <label htmlFor={`${id}-${field}`}>
                {label}
                {required.has(field) && <span className="badge-required">{t('mapping.required')}</span>}
              </label>
              <select
                id={`${id}-${field}`}
                value={column}
                disabled={disabled}
                onChange={(e) => chooseColumn(field, e.target.value)}
                aria-label={t('mapping.columnFor', { field: label })}
                data-testid={`map-${field}`}
              >
                <option value="">{t('mapping.none')}</option>
                {help.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
              <span className="mapping-example muted" data-testid={`example-${field}`}>
                {column ? (example ? t('mapping.example', { value: example }) : t('mapping.noExample')) : ''}
              </span>
            </div>
          );
        })}
      </div>
      {kind === 'afterSales' && (
        <InterventionValues
          column={statusColumn}
          values={statusColumn ? (help.values[statusColumn] ?? []) : []}
          marked={marked}
          disabled={disabled}
          onChange={setMarked}
        />
      )}
      {missing.length > 0 && (
        <p className="field-hint" data-testid="mapping-missing">
          {kind === 'afterSales' && missing.includes('interventionStatus') && `${t('mapping.oneOf')} `}
          {t('mapping.missing', {
            fields: missing.map((f) => fieldLabel(t, kind, f)).join(t('common.listSep')),
          })}
        </p>
      )}
      <details className="mapping-sample">
        <summary>{t('mapping.sample')}</summary>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                {help.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {help.sample.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the file's first rows, shown in their order and never reordered
                <tr key={i}>
                  {help.columns.map((c) => (
                    <td key={c}>{row[c]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={disabled || missing.length > 0}
          onClick={apply}
          data-testid="mapping-apply"
        >
          {t('mapping.apply')}
        </button>
      </div>
    </section>
  );
}
