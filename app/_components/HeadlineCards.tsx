import type { Lang } from '@/lib/i18n/lang';
import { formatInt, formatRate } from '@/lib/i18n/format';
import { bi, translator } from '@/lib/i18n/translate';
import type { ShopReport } from '@/lib/report/shopReport';
import { StatusBadge } from './StatusBadge';

/** The latest day against the main rule: rate, count, orders, status and streak, headroom, days until safe. */
export function HeadlineCards({ report, lang }: { report: ShopReport; lang: Lang }) {
  const t = translator(lang);
  const latest = report.days.at(-1) ?? null;
  const rule = report.rules[0]?.rule ?? null;
  const status = latest?.status ?? null;
  const tone = status ? `card-${status}` : '';
  const safety = report.safety;
  return (
    <div className="cards" data-testid="headline" data-date={latest?.date ?? ''}>
      <div className={`card ${tone}`}>
        <p className="card-label">{t('card.rate')}</p>
        <p className="card-value" data-testid="card-rate">{formatRate(latest?.rate30d ?? null, lang)}</p>
        <p className="card-sub">{rule?.effectiveRate != null ? t('card.threshold', { value: formatRate(rule.effectiveRate, lang) }) : t('card.noThreshold')}</p>
        {rule?.base === 'afterSalesOrders' && latest && (
          <p className="card-sub" data-testid="card-rule-rate">
            {t('card.ruleRate', { rate: formatRate(latest.baseRate30d, lang), count: formatInt(latest.interventions30d, lang), base: formatInt(latest.base30d, lang) })}
          </p>
        )}
      </div>
      <div className={`card ${tone}`}>
        <p className="card-label">{t('card.count')}</p>
        <p className="card-value" data-testid="card-count">{formatInt(latest?.interventions30d ?? null, lang)}</p>
        <p className="card-sub">{rule?.count != null ? t('card.threshold', { value: formatInt(rule.count, lang) }) : t('card.noThreshold')}</p>
      </div>
      <div className="card">
        <p className="card-label">{t('card.orders')}</p>
        <p className="card-value" data-testid="card-orders">{formatInt(latest?.orders30d ?? null, lang)}</p>
        <p className="card-sub">{latest ? t('dash.asOf', { day: latest.date }) : ''}</p>
      </div>
      <div className={`card ${tone}`}>
        <p className="card-label">{t('card.status')}</p>
        <p className="card-value"><span data-testid="card-status"><StatusBadge status={status} lang={lang} /></span></p>
        <p className="card-sub" data-testid="card-streak">
          {!latest || latest.streak === 0 ? t('card.streakNone') : latest.streak === 1 ? t('card.streakOne') : t('card.streak', { n: formatInt(latest.streak, lang) })}
          {rule ? ` · ${rule.sustainDays === 1 ? t('card.sustainOne') : t('card.sustain', { n: formatInt(rule.sustainDays, lang) })}` : ''}
        </p>
      </div>
      <div className="card">
        <p className="card-label">{t('card.headroom')}</p>
        <p className="card-value" data-testid="card-headroom">
          {report.headroom === null ? t('card.headroomNever') : report.headroom === 0 ? t('card.headroomOver') : t('card.headroomValue', { n: formatInt(report.headroom, lang) })}
        </p>
        <p className="card-sub">{report.headroom ? t('card.headroomHint') : ''}</p>
      </div>
      <div className="card">
        <p className="card-label">{t('card.safe')}</p>
        <p className="card-value" data-testid="card-safe">
          {!safety || !safety.overNow
            ? t('card.safeNow')
            : safety.days === null
              ? t('card.safeNever')
              : t('card.safeIn', { n: formatInt(safety.days, lang) })}
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
  );
}
