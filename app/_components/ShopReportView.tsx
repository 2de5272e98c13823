/**
 * A shop's risk report, from data only: headline, charts, roll-off, breakdowns and tables. No
 * link into the admin side, so the shared read-only page (/r/…) renders it as it is.
 */

import { formatInt, formatRate } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import { bi, translator } from '@/lib/i18n/translate';
import type { StatusDay } from '@/lib/metrics/types';
import type { ShopReport } from '@/lib/report/types';
import type { DailyCount } from '@/lib/types';
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

export function ShopReportView({
  report,
  daily,
  lang,
  showOrders = true,
  importHref,
}: {
  report: ShopReport;
  daily: DailyCount[];
  lang: Lang;
  /** The order-level tables; a shared link may leave them out. */
  showOrders?: boolean;
  /** Where to import newer exports (the admin side); the shared page has no such link. */
  importHref?: string;
}) {
  const t = translator(lang);
  const rule = report.rules[0]?.rule ?? null;
  const days = report.days;
  const dailyByDay = new Map(daily.map((d) => [d.day, d]));
  const spans = breachSpans(days);

  // A rule that divides by orders with an after-sales case is drawn on its own rate, the one its threshold is about.
  const ruleBase = rule?.base === 'afterSalesOrders';
  const lineRate = (d: (typeof days)[number]) => (ruleBase ? d.baseRate30d : d.rate30d);
  // Complete days are drawn solid; partial ones (their window not wholly covered) light and dotted,
  // joined to the last complete point so the line does not break.
  const ratePoints: RatePoint[] = [];
  const countPoints: CountPoint[] = [];
  const byDate = new Map<string, number>();
  days.forEach((d, i) => {
    const next = days[i + 1];
    const edge = d.complete && next !== undefined && !next.complete;
    const prevComplete = i > 0 && days[i - 1].complete;
    const joinsPartial = !d.complete || edge || (d.complete && !prevComplete && i > 0);
    byDate.set(d.date, ratePoints.length);
    ratePoints.push({
      date: d.date,
      rate: d.complete ? pct(lineRate(d)) : null,
      partial: joinsPartial ? pct(lineRate(d)) : null,
      forecastNone: null,
      forecastPace: null,
    });
    countPoints.push({
      date: d.date,
      daily: dailyByDay.get(d.date)?.interventions ?? 0,
      count30d: d.complete ? d.interventions30d : null,
      partial30d: joinsPartial ? d.interventions30d : null,
      forecastNone: null,
      forecastPace: null,
    });
  });
  const head = report.rules[0]?.latest ?? null;
  const tail = days.filter((d) => !d.complete && (head === null || d.date > head.date));
  const partialSpan = tail.length ? { from: tail[0].date, to: tail.at(-1)!.date, label: t('coverage.partial') } : null;
  if (head && report.forecast.length) {
    // The dashed lines start from the day that leads, and run over any partial days after it.
    const k = byDate.get(head.date);
    if (k !== undefined) {
      ratePoints[k] = { ...ratePoints[k], forecastNone: pct(lineRate(head)), forecastPace: pct(lineRate(head)) };
      countPoints[k] = { ...countPoints[k], forecastNone: head.interventions30d, forecastPace: head.interventions30d };
    }
    for (const f of report.forecast) {
      const j = byDate.get(f.date);
      if (j !== undefined) {
        ratePoints[j] = { ...ratePoints[j], forecastNone: pct(f.none.rate30d), forecastPace: pct(f.pace.rate30d) };
        countPoints[j] = {
          ...countPoints[j],
          forecastNone: f.none.interventions30d,
          forecastPace: f.pace.interventions30d,
        };
      } else {
        ratePoints.push({
          date: f.date,
          rate: null,
          partial: null,
          forecastNone: pct(f.none.rate30d),
          forecastPace: pct(f.pace.rate30d),
        });
        countPoints.push({
          date: f.date,
          daily: null,
          count30d: null,
          partial30d: null,
          forecastNone: f.none.interventions30d,
          forecastPace: f.pace.interventions30d,
        });
      }
    }
  }
  const fs = report.forecastSummary;

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
              {!d.complete && <span className="partial-mark">（{t('coverage.partial')}）</span>}
            </td>
            <td className="num">{formatRate(d.rate30d, lang)}</td>
            {ruleBase && <td className="num">{formatRate(d.baseRate30d, lang)}</td>}
            <td className="num">{formatInt(d.interventions30d, lang)}</td>
            <td className="num">{formatInt(d.orders30d, lang)}</td>
            <td className="num">{formatInt(dailyByDay.get(d.date)?.interventions ?? 0, lang)}</td>
            <td>
              <StatusBadge status={d.status} lang={lang} />
            </td>
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
              {!d.complete && <span className="partial-mark">（{t('coverage.partial')}）</span>}
            </td>
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

  const spanText = (list: { from: string; to: string }[]) =>
    list.length ? list.map((x) => `${x.from}…${x.to}`).join(', ') : t('common.none');
  return (
    <div className="report" data-testid="report">
      {report.stale && (
        <div className="stale-banner" role="status" data-testid="stale-banner">
          <span>{t('stale.banner', { day: report.stale.day, n: report.stale.daysOld })}</span>
          {importHref && (
            <a className="button" href={importHref}>
              {t('stale.import')}
            </a>
          )}
        </div>
      )}
      <p className="muted small" data-testid="coverage">
        {t('coverage.summary', {
          orders: spanText(report.coverage.orders),
          afterSales: spanText(report.coverage.afterSales),
        })}
      </p>
      {rule ? (
        <p className="muted" data-testid="main-rule">
          {t('dash.mainRule', { rule: bi(rule.name, lang) })} ·{' '}
          {rule.source.public ? t('settings.public') : t('settings.estimate')}
        </p>
      ) : (
        <p className="message-error">{t('dash.noRule')}</p>
      )}
      <HeadlineCards report={report} lang={lang} />
      {days.length === 0 ? (
        <p className="empty-state">{t('dash.noDays')}</p>
      ) : (
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
          >
            <RateChart
              seriesName={ruleBase ? t('chart.ruleRateSeries') : t('chart.rateSeries')}
              partialName={t('coverage.partialSeries')}
              partialSpan={partialSpan}
              points={ratePoints}
              threshold={rule?.effectiveRate ?? null}
              watch={rule?.watch ?? null}
              breachSpans={spans}
            />
          </ChartFrame>
          {fs && (
            <p className="muted" data-testid="first-over">
              {t('chart.firstOver', {
                none: fs.firstOver.none ?? t('chart.never'),
                pace: fs.firstOver.pace ?? t('chart.never'),
              })}
            </p>
          )}
          <ChartFrame
            title={t('chart.count')}
            description={t('chart.countDesc')}
            table={countTable}
            testId="count-chart"
          >
            <CountChart
              partialName={t('coverage.partialSeries')}
              partialSpan={partialSpan}
              points={countPoints}
              threshold={rule?.count ?? null}
              watch={rule?.watch ?? null}
              breachSpans={spans}
            />
          </ChartFrame>
        </>
      )}
      <RollOffCalendar days={report.rollOff} lang={lang} />
      <section aria-labelledby="drivers-title">
        <h2 id="drivers-title">{t('drivers.title')}</h2>
        {report.drivers.window && (
          <p className="muted">
            {t('drivers.window', {
              from: report.drivers.window.from,
              to: report.drivers.window.to,
              n: report.drivers.total,
            })}
          </p>
        )}
        <div className="grid-2">
          <Breakdown
            title={t('drivers.byReason')}
            groups={report.drivers.byReason}
            total={report.drivers.total}
            lang={lang}
            testId="by-reason"
          />
          <Breakdown
            title={t('drivers.byType')}
            groups={report.drivers.byType}
            total={report.drivers.total}
            lang={lang}
          />
          <Breakdown
            title={t('drivers.byProduct')}
            groups={report.drivers.byProduct}
            total={report.drivers.total}
            lang={lang}
          />
          <Breakdown
            title={t('drivers.byCourier')}
            groups={report.drivers.byCourier}
            total={report.drivers.total}
            lang={lang}
          />
        </div>
      </section>
      {showOrders && (
        <>
          <OpenCasesTable cases={report.drivers.openCases} asOf={report.drivers.openCasesAsOf} lang={lang} />
          <InterventionOrdersTable orders={report.drivers.orders} lang={lang} />
        </>
      )}
    </div>
  );
}
