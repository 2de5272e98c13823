/**
 * The sentences above a chart that say which of its days have figures no export can give: a window
 * with no day of an after-sales export has no known interventions (nor rate), one with no day of an
 * order export no known orders (nor rate). Each as runs of days, "03-02…03-31".
 */
import type { Translate } from '@/lib/i18n/translate';
import type { ReportDay } from '@/lib/report/types';

/** The runs of consecutive days for which `missing` holds, as "from…to" (one day alone as itself). */
export function dayRuns(days: readonly ReportDay[], missing: (d: ReportDay) => boolean): string[] {
  const runs: [string, string][] = [];
  let open = false;
  for (const d of days) {
    if (!missing(d)) {
      open = false;
      continue;
    }
    if (open) runs[runs.length - 1][1] = d.date;
    else runs.push([d.date, d.date]);
    open = true;
  }
  return runs.map(([from, to]) => (from === to ? from : `${from}…${to}`));
}

/** What the rate chart (`rate`) or the count chart cannot show; null when it can show every day. */
export function unknownNotice(days: readonly ReportDay[], chart: 'rate' | 'count', t: Translate): string | null {
  const list = (runs: string[]) => runs.join(t('common.listSeparator'));
  const cases = dayRuns(days, (d) => d.interventions30d === null);
  const orders = chart === 'rate' ? dayRuns(days, (d) => d.orders30d === null) : [];
  const out: string[] = [];
  if (cases.length)
    out.push(t(chart === 'rate' ? 'chart.rateUnknownCases' : 'chart.countUnknown', { days: list(cases) }));
  if (orders.length) out.push(t('chart.rateUnknownOrders', { days: list(orders) }));
  return out.length ? out.join(' ') : null;
}
