/** The 30-day count of intervention orders against the main rule's count line, with each day's own count. */
import { formatInt } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import type { ReportDailyCount, ShopReport } from '@/lib/report/types';
import { ChartFrame } from './ChartFrame';
import { CountChart } from './CountChart';
import type { ChartPoints } from './chartPoints';
import { unknownNotice } from './unknownDays';

export function CountSection({
  report,
  daily,
  points,
  lang,
}: {
  report: ShopReport;
  daily: ReportDailyCount[];
  points: ChartPoints;
  lang: Lang;
}) {
  const t = translator(lang);
  const rule = report.rules[0]?.rule ?? null;
  const days = report.days;
  const dailyByDay = new Map(daily.map((d) => [d.day, d]));
  const partialSpan = points.partialSpan && { ...points.partialSpan, label: t('coverage.partial') };
  const countTable = (
    <table className="data-table">
      <caption className="sr-only">{t('chart.count')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.day')}</th>
          <th scope="col" className="num">
            {t('chart.dailySeries')}
          </th>
          <th scope="col" className="num">
            {t('chart.countSeries')}
          </th>
        </tr>
      </thead>
      <tbody>
        {[...days].reverse().map((d) => (
          <tr key={d.date} data-complete={String(d.complete)}>
            <td>
              {d.date}
              {!d.complete && (
                <span className="partial-mark">{t('common.paren', { text: t('coverage.partial') })}</span>
              )}
            </td>
            <td className="num">{formatInt(dailyByDay.get(d.date)?.interventions ?? null, lang)}</td>
            <td className="num">{formatInt(d.interventions30d, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={t('chart.count')}
      description={t('chart.countDesc')}
      table={countTable}
      testId="count-chart"
      notice={unknownNotice(days, 'count', t)}
    >
      <CountChart
        partialName={t('coverage.partialSeries')}
        partialSpan={partialSpan}
        points={points.countPoints}
        threshold={rule?.count ?? null}
        watch={rule?.watch ?? null}
        breachSpans={points.breachSpans}
      />
    </ChartFrame>
  );
}
