'use client';
import { useI18n } from '@/lib/i18n/client';
import { formatInt } from '@/lib/i18n/format';
import { renderMessage } from '@/lib/i18n/importMessages';
import { platformName } from '@/lib/i18n/platforms';
import type { ImportSummary } from '@/lib/import/pipeline';
import { alreadyImported } from './fileItem';

const SHOWN_ERRORS = 20;

/** One file's outcome: rows imported, updated and skipped, every row error, or why it was refused (an archive: each file's). */
export function ImportResult({ summary, failure }: { summary: ImportSummary | null; failure: string | null }) {
  const { lang, t } = useI18n();
  // A zip archive of exports: each file inside with its own outcome, named inside the archive.
  if (summary?.parts)
    return (
      <ol className="archive-parts" data-testid="archive-result">
        {summary.parts.map((part) => (
          <li key={part.file} data-testid="archive-part">
            <p className="file-name">{part.file}</p>
            <ImportResult summary={part} failure={null} />
          </li>
        ))}
      </ol>
    );
  if (!summary)
    return (
      <p className="message-error" role="alert" data-testid="result-message">
        {failure}
      </p>
    );
  // The very same file again: nothing to fix and nothing changed, so information, not a failure.
  if (alreadyImported(summary)) {
    return (
      <div data-testid="result" data-outcome="unchanged">
        <p className="message-info" role="status" data-testid="result-message">
          {t('import.outcome.unchanged')} · {summary.message ? renderMessage(summary.message, lang) : ''}
        </p>
      </div>
    );
  }
  if (summary.outcome === 'rejected') {
    return (
      <div data-testid="result" data-outcome="rejected">
        <p className="message-error" role="alert" data-testid="result-message">
          {t('import.rejectedWith', { message: summary.message ? renderMessage(summary.message, lang) : '' })}
        </p>
      </div>
    );
  }
  return (
    <div data-testid="result" data-outcome="imported">
      <p className="message-ok">
        {t('import.outcome.imported')} · {summary.shop} ·{' '}
        {/* A shop named after its platform (the default name) does not say the platform twice. */}
        {summary.platform && summary.shop !== platformName(summary.platform, 'zh')
          ? `${platformName(summary.platform, lang)} · `
          : ''}
        {summary.kind ? t(`kind.${summary.kind}`) : ''}
        {summary.encoding ? ` · ${summary.encoding}` : ''}
        {summary.dateFrom ? ` · ${summary.dateFrom} – ${summary.dateTo}` : ''}
      </p>
      <dl>
        <div>
          <dt>{t('import.rows')}</dt>
          <dd data-testid="rows-read">{formatInt(summary.rowsRead, lang)}</dd>
        </div>
        <div>
          <dt>{t('import.rowsNew')}</dt>
          <dd data-testid="rows-new">{formatInt(summary.rowsNew, lang)}</dd>
        </div>
        <div>
          <dt>{t('import.rowsUpdated')}</dt>
          <dd data-testid="rows-updated">{formatInt(summary.rowsUpdated, lang)}</dd>
        </div>
        {summary.rowsUnchanged > 0 && (
          <div>
            <dt>{t('import.rowsUnchanged')}</dt>
            <dd data-testid="rows-unchanged">{formatInt(summary.rowsUnchanged, lang)}</dd>
          </div>
        )}
        {summary.rowsRepeated > 0 && (
          <div>
            <dt>{t('import.rowsRepeated')}</dt>
            <dd data-testid="rows-repeated">{formatInt(summary.rowsRepeated, lang)}</dd>
          </div>
        )}
        <div>
          <dt>{t('import.rowsSkipped')}</dt>
          <dd data-testid="rows-skipped">{formatInt(summary.rowsSkipped, lang)}</dd>
        </div>
      </dl>
      {summary.rowsDiffering > 0 && (
        <p className="message-warn" data-testid="rows-differing">
          {t('import.rowsDiffering', { n: summary.rowsDiffering })}
        </p>
      )}
      {summary.errorCount > 0 && (
        <details open>
          <summary>{t('import.errors', { n: summary.errorCount })}</summary>
          <div className="table-wrap">
            <table className="data-table" data-testid="row-errors">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('import.line')}
                  </th>
                  <th scope="col">{t('import.column')}</th>
                  <th scope="col">{t('import.message')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.errors.slice(0, SHOWN_ERRORS).map((e) => (
                  <tr key={`${e.line}:${e.column ?? ''}:${e.message.code}`}>
                    <td className="num">{e.line}</td>
                    <td>{e.column ?? '—'}</td>
                    <td>{renderMessage(e.message, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {summary.errorCount > SHOWN_ERRORS && (
            <p className="muted">{t('import.errorsShown', { shown: SHOWN_ERRORS, n: summary.errorCount })}</p>
          )}
          {summary.importId !== null && (
            <p>
              <a className="button" href={`/api/imports/${summary.importId}/errors`} download data-testid="errors-csv">
                {t('import.downloadErrors')}
              </a>
            </p>
          )}
        </details>
      )}
    </div>
  );
}
