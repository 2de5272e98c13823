'use client';
import { useActionState, useId } from 'react';
import type { FormState } from '@/app/(admin)/shops/[id]/settings/actions';
import { useI18n } from '@/lib/i18n/client';
import { fieldLabel } from '@/lib/i18n/mappingFields';
import { platformName } from '@/lib/i18n/platforms';
import type { SavedMappingView } from '@/lib/import/savedMappings';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

const SHOWN_COLUMNS = 5;

/** The column mappings saved for the shop, each with the header it is for and a button to forget it. */
export function SavedMappings({ mappings, remove }: { mappings: SavedMappingView[]; remove: Action }) {
  const { lang, t } = useI18n();
  const id = useId();
  const [state, formAction, pending] = useActionState(remove, { ok: false, error: null, at: 0 });
  const sep = t('common.listSep');
  const header = (cols: string[]) =>
    cols.length > SHOWN_COLUMNS
      ? t('savedMappings.headerShort', { shown: cols.slice(0, SHOWN_COLUMNS).join(sep), n: cols.length })
      : cols.join(sep);
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="saved-mappings">
      <h2 id={`${id}-title`}>{t('savedMappings.title')}</h2>
      <p className="muted">{t('savedMappings.intro')}</p>
      {mappings.length === 0 && <p className="muted">{t('savedMappings.none')}</p>}
      {mappings.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('savedMappings.header')}</th>
                <th scope="col">{t('savedMappings.kind')}</th>
                <th scope="col">{t('savedMappings.platform')}</th>
                <th scope="col">{t('savedMappings.savedAt')}</th>
                <th scope="col">{t('savedMappings.fields')}</th>
                <th scope="col">
                  <span className="sr-only">{t('savedMappings.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mappings.map((m) => (
                <tr key={m.id} data-testid="saved-mapping" data-id={m.id}>
                  <td title={m.header.join(sep)}>{header(m.header)}</td>
                  <td>{t(`kind.${m.kind}`)}</td>
                  <td>{platformName(m.platform, lang)}</td>
                  <td className="num">{m.savedAt.slice(0, 16)}</td>
                  <td data-testid="mapping-fields">
                    {m.fields.map((f) => `${fieldLabel(t, m.kind, f.field)} → ${f.column}`).join(sep)}
                    {m.interventionValues.length > 0 && (
                      <div className="muted small">
                        {t('savedMappings.interventionValues')}: {m.interventionValues.join(sep)}
                      </div>
                    )}
                  </td>
                  <td>
                    <form action={formAction}>
                      <input type="hidden" name="mapping" value={m.id} />
                      <button
                        type="submit"
                        className="button"
                        disabled={pending}
                        aria-label={t('savedMappings.removeLabel', { header: header(m.header) })}
                        data-testid="remove-mapping"
                      >
                        {t('savedMappings.remove')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className={state.error ? 'error-text' : 'muted'}>
        {state.error ? state.error[lang] : state.ok ? t('savedMappings.removed') : ''}
      </p>
    </section>
  );
}
