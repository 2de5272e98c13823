import Link from 'next/link';
import { formatInt, formatRate } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import { platformName } from '@/lib/i18n/platforms';
import { translator } from '@/lib/i18n/translate';
import type { ShopSummary } from '@/lib/report/summary';
import { Sparkline } from './Sparkline';
import { StatusBadge } from './StatusBadge';

/**
 * Every shop with its latest 30-day figures against its main rule, in the order given (most at risk
 * first). On a phone each row is a card: name and status on top, the figures labelled below.
 */
export function ShopTable({ rows, lang }: { rows: ShopSummary[]; lang: Lang }) {
  const t = translator(lang);
  return (
    <div className="table-wrap">
      <table className="data-table shops-table" aria-label={t('home.table')}>
        <thead>
          <tr>
            <th scope="col">{t('home.shop')}</th>
            <th scope="col">{t('home.platform')}</th>
            <th scope="col">{t('status.label')}</th>
            <th scope="col" className="num">
              {t('home.rate')}
            </th>
            <th scope="col" className="num">
              {t('home.count')}
            </th>
            <th scope="col">{t('home.rule')}</th>
            <th scope="col" className="num">
              {t('home.streak')}
            </th>
            <th scope="col">{t('home.trend')}</th>
            <th scope="col">{t('home.latest')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const known = r.trend.filter((v): v is number => v !== null);
            return (
              <tr key={r.id} data-shop={r.name}>
                <th scope="row">
                  <Link href={`/shops/${r.id}`} aria-label={t('home.open', { shop: r.name })}>
                    {r.name}
                  </Link>
                </th>
                <td data-cell="platform">{platformName(r.platform, lang)}</td>
                <td data-cell="status">
                  <StatusBadge status={r.status} lang={lang} />
                </td>
                <td className="num" data-label={t('home.rate')}>
                  <span data-testid="home-rate">{formatRate(r.ruleRate, lang)}</span>
                  {r.rate30d !== null && (
                    <div className="muted small" data-testid="home-plain-rate">
                      {t('home.plainRate', { rate: formatRate(r.rate30d, lang) })}
                    </div>
                  )}
                </td>
                <td className="num" data-testid="home-count" data-label={t('home.count')}>
                  {formatInt(r.count30d, lang)}
                </td>
                <td className="muted" data-label={t('home.rule')}>
                  {[
                    r.rateLine !== null ? formatRate(r.rateLine, lang) : null,
                    r.countLine !== null ? formatInt(r.countLine, lang) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </td>
                <td className="num" data-label={t('home.streak')}>
                  {r.status === null || r.status === 'unknown' ? '—' : t('common.days', { n: r.streak })}
                </td>
                <td data-cell="trend">
                  <Sparkline
                    values={r.trend}
                    threshold={r.rateLine}
                    label={
                      known.length
                        ? t('home.trendAlt', {
                            shop: r.name,
                            first: formatRate(known[0], lang),
                            last: formatRate(known.at(-1), lang),
                          })
                        : t('home.noData')
                    }
                  />
                </td>
                <td data-label={t('home.latest')}>
                  {r.latestDay ?? t('home.noData')}
                  {r.stale && (
                    <div className="muted small" data-testid="home-stale">
                      {t('stale.banner', { day: r.stale.day, n: r.stale.daysOld })}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
