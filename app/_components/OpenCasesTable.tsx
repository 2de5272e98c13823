import { formatDuration } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import type { OpenCase } from '@/lib/report/types';

/** Open after-sales cases, the nearest evidence deadline first: what to answer today. */
export function OpenCasesTable({
  cases,
  asOf,
  imported,
  lang,
}: {
  cases: OpenCase[];
  asOf: string | null;
  /** Whether any after-sales export is imported: open cases are known only from one. */
  imported: boolean;
  lang: Lang;
}) {
  const t = translator(lang);
  const sorted = [...cases].sort((a, b) => ((a.deadlineAt ?? '9999') < (b.deadlineAt ?? '9999') ? -1 : 1));
  return (
    <section className="panel" aria-labelledby="open-title" data-testid="open-cases">
      <h2 id="open-title">{t('drivers.openCases')}</h2>
      {!imported ? (
        <p className="message-warn">{t('drivers.openUnknown')}</p>
      ) : sorted.length === 0 ? (
        <p className="muted">{t('drivers.openEmpty')}</p>
      ) : (
        <div className="table-wrap chart-table">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('drivers.caseNo')}</th>
                <th scope="col">{t('drivers.orderNo')}</th>
                <th scope="col">{t('drivers.deadline')}</th>
                <th scope="col">{t('drivers.timeLeft')}</th>
                <th scope="col">{t('drivers.status')}</th>
                <th scope="col">{t('drivers.reason')}</th>
                <th scope="col">{t('drivers.type')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((c) => (
                <tr key={c.caseNo}>
                  <td>{c.caseNo}</td>
                  <td>{c.orderNo}</td>
                  <td>{c.deadlineAt ?? '—'}</td>
                  <td className={c.minutesLeft !== null && c.minutesLeft < 0 ? 'error-text' : undefined}>
                    {asOf !== null
                      ? t('drivers.mayHaveChanged', { day: asOf })
                      : c.minutesLeft === null
                        ? '—'
                        : c.minutesLeft < 0
                          ? t('drivers.overdue', { d: formatDuration(c.minutesLeft, lang) })
                          : formatDuration(c.minutesLeft, lang)}
                  </td>
                  <td>
                    {c.status}
                    {c.intervened ? ` · ${t('drivers.intervened')}` : ''}
                  </td>
                  <td>{c.reason}</td>
                  <td>{c.type}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
