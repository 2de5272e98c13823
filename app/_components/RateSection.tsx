/** The 30-day rate against the main rule, with its table (each day, then the forecast) and when the line is first crossed. */
import { formatInt, formatRate } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import type { ReportDailyCount, ShopReport } from '@/lib/report/types';
import { ChartFrame } from './ChartFrame';
import type { ChartPoints } from './chartPoints';
import { RateChart } from './RateChart';
import { StatusBadge } from './StatusBadge';
import { unknownNotice } from './unknownDays';

export function RateSection({
  report,
  daily,
  points,
  ruleBase,
  lang,
}: {
  report: ShopReport;
  daily: ReportDailyCount[];
  points: ChartPoints;
  /** The main rule divides by orders with an after-sales case: its own rate is drawn and listed too. */
  ruleBase: boolean;
  lang: Lang;
}) {
  const t = translator(lang);
  const rule = report.rules[0]?.rule ?? null;
  const days = report.days;
  const dailyByDay = new Map(daily.map((d) => [d.day, d]));
  const fs = report.forecastSummary;
  const overNow = report.safety?.overNow ?? false;
  const partialSpan = points.partialSpan && { ...points.partialSpan, label: t('coverage.partial') };
  const historyTable = (
    <table className="data-table" data-testid="daily-table">
      <caption className="sr-only">{t('chart.rate')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.day')}</th>
          <th scope="col" className="num">
            {t('chart.rateSeries')}
          </th>
          {ruleBase && (
            <th scope="col" className="num">
              {t('chart.ruleRateSeries')}
            </th>
          )}
          <th scope="col" className="num">
            {t('chart.countSeries')}
          </th>
          <th scope="col" className="num">
            {t('chart.ordersSeries')}
          </th>
          <th scope="col" className="num">
            {t('chart.dailySeries')}
          </th>
          <th scope="col">{t('status.label')}</th>
        </tr>
      </thead>
      <tbody>
        {[...days].reverse().map((d) => (
          <tr key={d.date} data-date={d.date} data-complete={String(d.complete)}>
            <td>
              {d.date}
              {!d.complete && (
                <span className="partial-mark">{t('common.paren', { text: t('coverage.partial') })}</span>
              )}
            </td>
            <td className="num">{formatRate(d.rate30d, lang)}</td>
            {ruleBase && <td className="num">{formatRate(d.baseRate30d, lang)}</td>}
            <td className="num">{formatInt(d.interventions30d, lang)}</td>
            <td className="num">{formatInt(d.orders30d, lang)}</td>
            <td className="num">{formatInt(dailyByDay.get(d.date)?.interventions ?? null, lang)}</td>
            <td>
              <StatusBadge status={d.status} lang={lang} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const forecastTable = report.forecast.length > 0 && (
    <table className="data-table">
      <caption>{t('chart.forecastTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.day')}</th>
          <th scope="col" className="num">
            {t('chart.ordersSeries')}
          </th>
          <th scope="col" className="num">
            {t('chart.forecastNone')}
          </th>
          <th scope="col" className="num">
            {t('chart.forecastPace')}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.forecast.map((f) => (
          <tr key={f.date}>
            <td>{f.date}</td>
            <td className="num">{formatInt(f.orders30d, lang)}</td>
            <td className="num">
              {formatRate(f.none.rate30d, lang)} · {formatInt(f.none.interventions30d, lang)} ·{' '}
              {t(`status.${f.none.status}`)}
            </td>
            <td className="num">
              {formatRate(f.pace.rate30d, lang)} · {formatInt(f.pace.interventions30d, lang)} ·{' '}
              {t(`status.${f.pace.status}`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <ChartFrame
        title={t('chart.rate')}
        description={t('chart.rateDesc')}
        table={
          <>
            {historyTable}
            {forecastTable}
          </>
        }
        testId="rate-chart"
        notice={unknownNotice(report.days, 'rate', t)}
      >
        <RateChart
          seriesName={ruleBase ? t('chart.ruleRateSeries') : t('chart.rateSeries')}
          partialName={t('coverage.partialSeries')}
          partialSpan={partialSpan}
          points={points.ratePoints}
          threshold={rule?.effectiveRate ?? null}
          watch={rule?.watch ?? null}
          breachSpans={points.breachSpans}
        />
      </ChartFrame>
      {/* A forecast is a verdict too: only from a day whose window the exports wholly cover. */}
      {/* Over the line now, the question is when it ends, not when it starts. */}
      {fs && report.headlineDay && (
        <p className="muted" data-testid="first-over" data-over-now={overNow}>
          {overNow
            ? t('chart.firstUnder', {
                none: fs.firstUnder.none ?? t('chart.never'),
                pace: fs.firstUnder.pace ?? t('chart.never'),
              })
            : t('chart.firstOver', {
                none: fs.firstOver.none ?? t('chart.never'),
                pace: fs.firstOver.pace ?? t('chart.never'),
              })}
        </p>
      )}
    </>
  );
}
