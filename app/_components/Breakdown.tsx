import { formatInt, formatRate } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import type { DriverGroup } from '@/lib/report/types';

/** One breakdown of the window's intervention orders (by reason, type, product or courier) as a table with bars. */
export function Breakdown({
  title,
  groups,
  total,
  lang,
  testId,
}: {
  title: string;
  groups: DriverGroup[];
  total: number;
  lang: Lang;
  testId?: string;
}) {
  const t = translator(lang);
  const max = Math.max(1, ...groups.map((g) => g.count));
  return (
    <section className="panel" data-testid={testId}>
      <h3>{title}</h3>
      {groups.length === 0 ? (
        <p className="muted">{t('drivers.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col" className="num">
                  {t('common.count')}
                </th>
                <th scope="col" className="num">
                  {t('common.share')}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('common.share')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.slice(0, 8).map((g) => (
                <tr key={g.key}>
                  <th scope="row">{g.key || t('common.unknown')}</th>
                  <td className="num">{formatInt(g.count, lang)}</td>
                  <td className="num">{formatRate(total ? g.count / total : null, lang)}</td>
                  <td className="bar-cell" aria-hidden="true">
                    <span className="bar" style={{ width: `${(g.count / max) * 100}%` }} />
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
