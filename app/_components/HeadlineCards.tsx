import { formatInt, formatRate } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import { bi, translator } from '@/lib/i18n/translate';
import type { ShopReport } from '@/lib/report/types';
import { Dated } from './Dated';
import { StatusBadge } from './StatusBadge';

/**
 * The latest complete day against the main rule: the rule's own figure beside its threshold (the
 * plain intervention rate second), count, orders, status and streak, headroom, days until safe.
 * Without a complete day there is no verdict: it says what to import instead. The status comes
 * second, beside the rate, so a phone shows both on its first screen.
 */
export function HeadlineCards({
  report,
  lang,
  sayWhatToImport,
}: {
  report: ShopReport;
  lang: Lang;
  sayWhatToImport: boolean;
}) {
  const t = translator(lang);
  const main = report.rules[0] ?? null;
  const latest = main?.latest ?? null;
  const rule = main?.rule ?? null;
  // A range that ends before the shop's latest complete day looks back: no "today", no "now".
  const latestComplete = report.coverage.latestCompleteDay;
  const past = Boolean(latest && latestComplete && latest.date < latestComplete);
  const status = latest?.status ?? (report.days.length ? 'unknown' : null);
  const tone = status ? `card-${status}` : '';
  const safety = report.safety;
  const byCases = rule?.base === 'afterSalesOrders';
  const rateLine = rule?.needsCategoryAverage
    ? t('card.needsAverage')
    : rule?.effectiveRate != null
      ? t('card.threshold', { value: formatRate(rule.effectiveRate, lang) })
      : t('card.noThreshold');
  return (
    <>
      {!latest && report.days.length > 0 && (
        <div className="message-error" role="status" data-testid="no-verdict">
          <p>{t('coverage.noVerdict')}</p>
          {sayWhatToImport && report.missing.length > 0 && (
            <ul>
              {report.missing.map((m) => (
                <li key={`${m.kind}-${m.from}`}>
                  <Dated
                    text={t('coverage.importFor', {
                      kind: t(m.kind === 'orders' ? 'coverage.kindOrders' : 'coverage.kindAfterSales'),
                      from: m.from,
                      to: m.to,
                    })}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="cards" data-testid="headline" data-date={latest?.date ?? ''}>
        <div className={`card ${tone}`}>
          <p className="card-label">{byCases ? t('card.ruleOwnRate') : t('card.rate')}</p>
          <p className="card-value" data-testid="card-rate">
            {formatRate(latest?.baseRate30d ?? null, lang)}
          </p>
          <p className="card-sub">{rateLine}</p>
          {byCases && latest && (
            <p className="card-sub" data-testid="card-plain-rate">
              {t('card.plainRate', { rate: formatRate(latest.rate30d, lang) })}
            </p>
          )}
        </div>
        <div className={`card ${tone}`}>
          <p className="card-label">{t('card.status')}</p>
          <p className="card-value">
            <span data-testid="card-status">
              <StatusBadge status={status} lang={lang} />
            </span>
          </p>
          <p className="card-sub" data-testid="card-streak">
            {/* Stale data, or a range that ends before the latest day, speaks of its own day, never of "today". */}
            {!latest ? (
              ''
            ) : report.stale || past ? (
              <Dated text={t('card.streakOn', { n: latest.streak, day: latest.date })} />
            ) : (
              t('card.streak', { n: latest.streak })
            )}
            {rule && latest ? ` · ${t('card.sustain', { n: rule.sustainDays })}` : ''}
          </p>
        </div>
        <div className={`card ${tone}`}>
          <p className="card-label">{t('card.count')}</p>
          <p className="card-value" data-testid="card-count">
            {formatInt(latest?.ruleCount30d ?? null, lang)}
          </p>
          <p className="card-sub" data-testid="card-count-line">
            {rule?.count != null ? t('card.threshold', { value: formatInt(rule.count, lang) }) : t('card.noThreshold')}
            {/* Both lines drawn: say how they combine, or a count far over its line reads as missed. */}
            {rule?.count != null && (rule.rate != null || rule.rateMultiple != null)
              ? ` · ${t(rule.combine === 'and' ? 'card.combineAnd' : 'card.combineOr')}`
              : ''}
          </p>
        </div>
        <div className="card">
          <p className="card-label">{byCases ? t('csv.base30d') : t('card.orders')}</p>
          <p className="card-value" data-testid="card-orders">
            {formatInt((byCases ? latest?.base30d : latest?.orders30d) ?? null, lang)}
          </p>
          <p className="card-sub">{latest ? <Dated text={t('dash.asOf', { day: latest.date })} /> : ''}</p>
        </div>
        <div className="card">
          <p className="card-label">{t('card.headroom')}</p>
          <p className="card-value" data-testid="card-headroom">
            {!latest || rule?.needsCategoryAverage
              ? '—'
              : report.headroom === null
                ? t('card.headroomNever')
                : report.headroom === 0
                  ? t('card.headroomOver')
                  : t('card.headroomValue', { n: report.headroom })}
          </p>
          <p className="card-sub">{latest && report.headroom ? t('card.headroomHint', { n: report.headroom }) : ''}</p>
        </div>
        <div className="card">
          <p className="card-label">{t('card.safe')}</p>
          <p className="card-value" data-testid="card-safe">
            {!latest || rule?.needsCategoryAverage ? (
              '—'
            ) : !safety?.overNow ? (
              past ? (
                <Dated text={t('card.safeThen', { day: latest.date })} />
              ) : (
                t('card.safeNow')
              )
            ) : safety.days === null ? (
              t('card.safeNever')
            ) : (
              t('card.safeIn', { n: safety.days })
            )}
          </p>
          <p className="card-sub">
            {safety?.overNow && safety.safeOn ? `${t('card.safeOn', { day: safety.safeOn })} · ` : ''}
            {safety?.overNow ? t('card.safeHint') : ''}
            {safety?.penalties
              .filter((p) => p.endsOn)
              .map((p) => ` · ${t('card.penaltyEnds', { name: bi(p.name, lang), day: p.endsOn ?? '' })}`)
              .join('')}
          </p>
        </div>
      </div>
    </>
  );
}
