import type { FormState } from '@/app/(admin)/shops/[id]/settings/actions';
import { formatInt } from '@/lib/i18n/format';
import { renderMessage, storedMessage } from '@/lib/i18n/importMessages';
import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import { Dated } from './Dated';
import { UndoImportButton } from './UndoImportButton';

/** The settings page's undo action, bound to its shop: given an import's id, undoes it. */
type UndoAction = (importId: number, prev: FormState, form: FormData) => Promise<FormState>;

export interface ImportRow {
  id: number;
  file_name: string;
  finished_at: string;
  kind: string | null;
  rows_read: number;
  rows_new: number;
  rows_updated: number;
  rows_unchanged: number | null;
  rows_repeated: number | null;
  rows_skipped: number;
  error_count: number;
  outcome: string;
  /** Older rows: the refusal as "中文\nEnglish"; newer ones: its code and parameters (JSON). */
  message: string | null;
  message_code: string | null;
  message_params: string | null;
}

/** Every import of the shop: file, when, rows, outcome; the row errors as CSV; an imported file can be undone. */
export function ImportHistory({ imports, lang, undo }: { imports: ImportRow[]; lang: Lang; undo?: UndoAction }) {
  const t = translator(lang);
  return (
    <section className="panel" aria-labelledby="history-title" data-testid="import-history">
      <h2 id="history-title">{t('settings.history')}</h2>
      {imports.length === 0 ? (
        <p className="muted">{t('settings.historyEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('import.file')}</th>
                <th scope="col">{t('settings.when')}</th>
                <th scope="col">{t('import.kind')}</th>
                <th scope="col" className="num">
                  {t('import.rows')}
                </th>
                <th scope="col" className="num">
                  {t('import.rowsNew')}
                </th>
                <th scope="col" className="num">
                  {t('import.rowsUpdated')}
                </th>
                <th scope="col" className="num">
                  {t('import.rowsUnchanged')}
                </th>
                <th scope="col" className="num" title={t('import.rowsRepeated')}>
                  {t('import.rowsRepeatedShort')}
                </th>
                <th scope="col" className="num">
                  {t('import.rowsSkipped')}
                </th>
                <th scope="col">{t('settings.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={i.id} data-testid="history-row" data-outcome={i.outcome}>
                  <td>{i.file_name}</td>
                  <td>
                    <Dated text={i.finished_at} />
                  </td>
                  <td>{i.kind === 'orders' || i.kind === 'afterSales' ? t(`kind.${i.kind}`) : '—'}</td>
                  <td className="num">{formatInt(i.rows_read, lang)}</td>
                  <td className="num">{formatInt(i.rows_new, lang)}</td>
                  <td className="num">{formatInt(i.rows_updated, lang)}</td>
                  <td className="num">{formatInt(i.rows_unchanged, lang)}</td>
                  <td className="num">{formatInt(i.rows_repeated, lang)}</td>
                  <td className="num">{formatInt(i.rows_skipped, lang)}</td>
                  <td>
                    {i.outcome === 'imported'
                      ? t('import.outcome.imported')
                      : i.outcome === 'rejected'
                        ? refusal(i, lang)
                          ? t('common.lead', { label: t('import.outcome.rejected') }) + refusal(i, lang)
                          : t('import.outcome.rejected')
                        : i.outcome === 'undone'
                          ? t('import.outcome.undone')
                          : i.outcome}
                    {i.error_count > 0 && (
                      <>
                        {' · '}
                        <a href={`/api/imports/${i.id}/errors`} download>
                          {t('import.errors', { n: i.error_count })}
                        </a>
                      </>
                    )}
                    {undo && i.outcome === 'imported' && (
                      <>
                        {' '}
                        <UndoImportButton file={i.file_name} action={undo.bind(null, i.id)} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Why a file was refused, in the reader's language, from its code or (older rows) its stored text. */
function refusal(i: ImportRow, lang: Lang): string {
  const [zh, en] = i.message?.split('\n') ?? [null, null];
  const m = storedMessage(i.message_code, i.message_params, zh ?? null, en ?? null);
  return m ? renderMessage(m, lang) : '';
}
