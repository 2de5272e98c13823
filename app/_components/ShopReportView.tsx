/**
 * A shop's risk report, from data only: headline, charts, roll-off, breakdowns and tables. No
 * link into the admin side, so the shared read-only page (/r/…) renders it as it is.
 */

import type { Lang } from '@/lib/i18n/lang';
import { bi, translator } from '@/lib/i18n/translate';
import type { ReportDailyCount, ShopReport } from '@/lib/report/types';
import { CountSection } from './CountSection';
import { chartPoints } from './chartPoints';
import { Dated } from './Dated';
import { DriversSection } from './DriversSection';
import { HeadlineCards } from './HeadlineCards';
import { InterventionOrdersTable } from './InterventionOrdersTable';
import { OpenCasesTable } from './OpenCasesTable';
import { RateSection } from './RateSection';
import { RollOffCalendar } from './RollOffCalendar';

export function ShopReportView({
  report,
  daily,
  lang,
  showOrders = true,
  importHref,
}: {
  report: ShopReport;
  daily: ReportDailyCount[];
  lang: Lang;
  /** The order-level tables; a shared link may leave them out. */
  showOrders?: boolean;
  /** Where to import newer exports (the admin side); the shared page has no such link. */
  importHref?: string;
}) {
  const t = translator(lang);
  const rule = report.rules[0]?.rule ?? null;
  const days = report.days;
  // A rule that divides by orders with an after-sales case is drawn on its own rate, the one its threshold is about.
  const ruleBase = rule?.base === 'afterSalesOrders';
  const points = chartPoints(report, daily, ruleBase);

  const spanText = (list: { from: string; to: string }[]) =>
    list.length ? list.map((x) => `${x.from}…${x.to}`).join(', ') : t('coverage.notImported');
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
        <Dated
          text={t('coverage.summary', {
            orders: spanText(report.coverage.orders),
            afterSales: spanText(report.coverage.afterSales),
          })}
        />
      </p>
      {rule ? (
        <p className="muted" data-testid="main-rule">
          {t('dash.mainRule', { rule: bi(rule.name, lang) })} ·{' '}
          {rule.source.public ? t('settings.public') : t('settings.estimate')}
        </p>
      ) : (
        <p className="message-error">{t('dash.noRule')}</p>
      )}
      {/* What to import is for the merchant; a shared report's reader cannot import anything. */}
      <HeadlineCards report={report} lang={lang} sayWhatToImport={importHref !== undefined} />
      {days.length === 0 ? (
        <p className="empty-state">{t('dash.noDays')}</p>
      ) : (
        <>
          <RateSection report={report} daily={daily} points={points} ruleBase={ruleBase} lang={lang} />
          <CountSection report={report} daily={daily} points={points} lang={lang} />
        </>
      )}
      <RollOffCalendar
        days={report.rollOff}
        judged={report.headlineDay !== null && !report.rules[0]?.rule.needsCategoryAverage}
        lang={lang}
      />
      <DriversSection drivers={report.drivers} lang={lang} />
      {showOrders && (
        <>
          <OpenCasesTable
            cases={report.drivers.openCases}
            asOf={report.drivers.openCasesAsOf}
            imported={report.coverage.afterSales.length > 0}
            lang={lang}
          />
          <InterventionOrdersTable
            orders={report.drivers.orders}
            unknown={report.drivers.known ? null : report.drivers.window}
            lang={lang}
          />
        </>
      )}
    </div>
  );
}
