/**
 * A shop's risk report, from data only: headline, charts, roll-off, breakdowns and tables. No
 * link into the admin side, so the shared read-only page (/r/…) renders it as it is.
 */
import type { DailyCount } from '@/app/_lib/dashboardData';
import type { Lang } from '@/lib/i18n/lang';
import { formatInt, formatRate } from '@/lib/i18n/format';
import { bi, translator } from '@/lib/i18n/translate';
import type { ShopReport, StatusDay } from '@/lib/report/shopReport';
import { Breakdown } from './Breakdown';
import { ChartFrame } from './ChartFrame';
import { CountChart, type CountPoint } from './CountChart';
import { HeadlineCards } from './HeadlineCards';
import { InterventionOrdersTable } from './InterventionOrdersTable';
import { OpenCasesTable } from './OpenCasesTable';
import { RateChart, type RatePoint } from './RateChart';
import { RollOffCalendar } from './RollOffCalendar';
import { StatusBadge } from './StatusBadge';

const pct = (r: number | null | undefined) => (r === null || r === undefined ? null : r);

function breachSpans(days: StatusDay[]): [string, string][] {
  const spans: [string, string][] = [];
  for (const d of days) {
    if (d.status !== 'breach') continue;
    const last = spans.at(-1);
    const prev = days[days.indexOf(d) - 1];
    if (last && prev && last[1] === prev.date) last[1] = d.date;
    else spans.push([d.date, d.date]);
  }
  return spans;
}

export function ShopReportView({ report, daily, lang, showOrders = true }: {
  report: ShopReport;
  daily: DailyCount[];
  lang: Lang;
  /** The order-level tables; a shared link may leave them out. */
  showOrders?: boolean;
}) {
  const t = translator(lang);
  const rule = report.rules[0]?.rule ?? null;
  const days = report.days;
  const latest = days.at(-1);
  const dailyByDay = new Map(daily.map((d) => [d.day, d]));
  const spans = breachSpans(days);

  // A rule that divides by orders with an after-sales case is drawn on its own rate, the one its threshold is about.
  const ruleBase = rule?.base === 'afterSalesOrders';
  const lineRate = (d: (typeof days)[number]) => (ruleBase ? d.baseRate30d : d.rate30d);
  const ratePoints: RatePoint[] = days.map((d) => ({ date: d.date, rate: pct(lineRate(d)), forecastNone: null, forecastPace: null }));
  const countPoints: CountPoint[] = days.map((d) => ({ date: d.date, daily: dailyByDay.get(d.date)?.interventions ?? 0, count30d: d.interventions30d, forecastNone: null, forecastPace: null }));
  if (latest && report.forecast.length) {
    // The dashed lines start from the last known point.
    ratePoints[ratePoints.length - 1] = { ...ratePoints[ratePoints.length - 1], forecastNone: pct(lineRate(latest)), forecastPace: pct(lineRate(latest)) };
    countPoints[countPoints.length - 1] = { ...countPoints[countPoints.length - 1], forecastNone: latest.interventions30d, forecastPace: latest.interventions30d };
    for (const f of report.forecast) {
      ratePoints.push({ date: f.date, rate: null, forecastNone: pct(f.none.rate30d), forecastPace: pct(f.pace.rate30d) });
      countPoints.push({ date: f.date, daily: null, count30d: null, forecastNone: f.none.interventions30d, forecastPace: f.pace.interventions30d });
    }
  }
  const fs = report.forecastSummary;

  const historyTable = (
    <table className="data-table" data-testid="daily-table">
      <caption className="sr-only">{t('chart.rate')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.day')}</th>
          <th scope="col" className="num">{t('chart.rateSeries')}</th>
          {ruleBase && <th scope="col" className="num">{t('chart.ruleRateSeries')}</th>}
          <th scope="col" className="num">{t('chart.countSeries')}</th>
          <th scope="col" className="num">{t('chart.ordersSeries')}</th>
          <th scope="col" className="num">{t('chart.dailySeries')}</th>
          <th scope="col">{t('status.label')}</th>
        </tr>
      </thead>
      <tbody>
        {[...days].reverse().map((d) => (
          <tr key={d.date} data-date={d.date}>
            <td>{d.date}</td>
            <td className="num">{formatRate(d.rate30d, lang)}</td>
            {ruleBase && <td className="num">{formatRate(d.baseRate30d, lang)}</td>}
            <td className="num">{formatInt(d.interventions30d, lang)}</td>
            <td className="num">{formatInt(d.orders30d, lang)}</td>
            <td className="num">{formatInt(dailyByDay.get(d.date)?.interventions ?? 0, lang)}</td>
            <td><StatusBadge status={d.status} lang={lang} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const countTable = (
    <table className="data-table">
      <caption className="sr-only">{t('chart.count')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.day')}</th>
          <th scope="col" className="num">{t('chart.dailySeries')}</th>
          <th scope="col" className="num">{t('chart.countSeries')}</th>
        </tr>
      </thead>
      <tbody>
        {[...days].reverse().map((d) => (
          <tr key={d.date}>
            <td>{d.date}</td>
            <td className="num">{formatInt(dailyByDay.get(d.date)?.interventions ?? 0, lang)}</td>
            <td className="num">{formatInt(d.interventions30d, lang)}</td>
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
          <th scope="col" className="num">{t('chart.ordersSeries')}</th>
          <th scope="col" className="num">{t('chart.forecastNone')}</th>
          <th scope="col" className="num">{t('chart.forecastPace')}</th>
        </tr>
      </thead>
      <tbody>
        {report.forecast.map((f) => (
          <tr key={f.date}>
            <td>{f.date}</td>
            <td className="num">{formatInt(f.orders30d, lang)}</td>
            <td className="num">{formatRate(f.none.rate30d, lang)} · {formatInt(f.none.interventions30d, lang)} · {t(`status.${f.none.status}`)}</td>
            <td className="num">{formatRate(f.pace.rate30d, lang)} · {formatInt(f.pace.interventions30d, lang)} · {t(`status.${f.pace.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <div className="report" data-testid="report">
      {rule ? (
        <p className="muted" data-testid="main-rule">
          {t('dash.mainRule', { rule: bi(rule.name, lang) })} · {rule.source.public ? t('settings.public') : t('settings.estimate')}
        </p>
      ) : (
        <p className="message-error">{t('dash.noRule')}</p>
      )}
      <HeadlineCards report={report} lang={lang} />
      {days.length === 0 ? (
        <p className="empty-state">{t('dash.noDays')}</p>
      ) : (
        <>
          <ChartFrame title={t('chart.rate')} description={t('chart.rateDesc')} table={<>{historyTable}{forecastTable}</>} testId="rate-chart">
            <RateChart seriesName={ruleBase ? t('chart.ruleRateSeries') : t('chart.rateSeries')} points={ratePoints} threshold={rule?.effectiveRate ?? null} watch={rule?.watch ?? null} breachSpans={spans} />
          </ChartFrame>
          {fs && (
            <p className="muted" data-testid="first-over">
              {t('chart.firstOver', { none: fs.firstOver.none ?? t('chart.never'), pace: fs.firstOver.pace ?? t('chart.never') })}
            </p>
          )}
          <ChartFrame title={t('chart.count')} description={t('chart.countDesc')} table={countTable} testId="count-chart">
            <CountChart points={countPoints} threshold={rule?.count ?? null} watch={rule?.watch ?? null} breachSpans={spans} />
          </ChartFrame>
        </>
      )}
      <RollOffCalendar days={report.rollOff} lang={lang} />
      <section aria-labelledby="drivers-title">
        <h2 id="drivers-title">{t('drivers.title')}</h2>
        {report.drivers.window && (
          <p className="muted">{t('drivers.window', { from: report.drivers.window.from, to: report.drivers.window.to, n: formatInt(report.drivers.total, lang) })}</p>
        )}
        <div className="grid-2">
          <Breakdown title={t('drivers.byReason')} groups={report.drivers.byReason} total={report.drivers.total} lang={lang} testId="by-reason" />
          <Breakdown title={t('drivers.byType')} groups={report.drivers.byType} total={report.drivers.total} lang={lang} />
          <Breakdown title={t('drivers.byProduct')} groups={report.drivers.byProduct} total={report.drivers.total} lang={lang} />
          <Breakdown title={t('drivers.byCourier')} groups={report.drivers.byCourier} total={report.drivers.total} lang={lang} />
        </div>
      </section>
      {showOrders && (
        <>
          <OpenCasesTable cases={report.drivers.openCases} lang={lang} />
          <InterventionOrdersTable orders={report.drivers.orders} lang={lang} />
        </>
      )}
    </div>
  );
}
