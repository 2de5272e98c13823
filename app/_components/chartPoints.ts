/**
 * The points the rate and count charts draw, from the report's days: complete days solid, partial
 * ones apart, the forecast dashed from the day that leads, and the runs of penalty days.
 */
import type { StatusDay } from '@/lib/metrics/types';
import type { ReportDailyCount, ShopReport } from '@/lib/report/types';
import type { CountPoint } from './CountChart';
import type { RatePoint } from './RateChart';

const pct = (r: number | null | undefined) => (r === null || r === undefined ? null : r);

export interface ChartPoints {
  ratePoints: RatePoint[];
  countPoints: CountPoint[];
  /** The partial days after the day that leads, shaded as such. */
  partialSpan: { from: string; to: string } | null;
  /** Runs of penalty days, first and last day of each. */
  breachSpans: [string, string][];
}

function breachSpans(days: Pick<StatusDay, 'date' | 'status'>[]): [string, string][] {
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

/**
 * `ruleBase`: the main rule divides by orders with an after-sales case, so the rate line is its
 * own rate, the one its threshold is about.
 */
export function chartPoints(report: ShopReport, daily: ReportDailyCount[], ruleBase: boolean): ChartPoints {
  const days = report.days;
  const dailyByDay = new Map(daily.map((d) => [d.day, d]));
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
      daily: dailyByDay.get(d.date)?.interventions ?? null,
      count30d: d.complete ? d.interventions30d : null,
      partial30d: joinsPartial ? d.interventions30d : null,
      forecastNone: null,
      forecastPace: null,
    });
  });
  const head = report.rules[0]?.latest ?? null;
  const tail = days.filter((d) => !d.complete && (head === null || d.date > head.date));
  const partialSpan = tail.length ? { from: tail[0].date, to: tail.at(-1)!.date } : null;
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
  return { ratePoints, countPoints, partialSpan, breachSpans: breachSpans(days) };
}
