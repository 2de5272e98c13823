import { addDays, dayToNumber } from '../time/china';
import type { DailyCount } from '../types';
import { stepStatus } from './line';
import { densify, WINDOW_DAYS } from './rolling';
import type { ForecastDay, ForecastSummary, Line } from './types';

export const FORECAST_DAYS = 14;
/** Four of each weekday: long enough to smooth a day, short enough to follow a season. */
export const TRAILING_DAYS = 28;

/** 0 = Sunday … 6 = Saturday, on the China calendar day key (1970-01-01 was a Thursday). */
export function weekday(day: string): number {
  return (((dayToNumber(day) + 4) % 7) + 7) % 7;
}

export interface Projection {
  date: string;
  orders30d: number;
  /** No new interventions. */
  none: number;
  /** New interventions at the trailing pace. */
  pace: number;
}

/**
 * Window figures for the `horizon` days after `latest`: orders already on the books leave as
 * their days fall out, new orders arrive at the trailing average of their weekday, and
 * interventions either stop (none) or go on at the trailing daily pace.
 */
export function project(
  daily: readonly DailyCount[],
  latest: string,
  horizon: number,
  window = WINDOW_DAYS,
): { days: Projection[]; ordersByWeekday: number[]; interventionsPerDay: number } {
  const start = addDays(latest, -(Math.max(window, TRAILING_DAYS) - 1));
  const dense = densify(daily, start, latest);
  const n = dense.length;
  const trailing = dense.slice(n - TRAILING_DAYS);
  const ordersByWeekday = [0, 0, 0, 0, 0, 0, 0];
  let trailingInterventions = 0;
  for (const d of trailing) {
    ordersByWeekday[weekday(d.day)] += d.orders / (TRAILING_DAYS / 7);
    trailingInterventions += d.interventions;
  }
  const interventionsPerDay = trailingInterventions / TRAILING_DAYS;
  const known = dense.slice(n - window);
  const days: Projection[] = [];
  for (let i = 1; i <= horizon; i++) {
    const date = addDays(latest, i);
    // Known days still inside the window ending on `date`: the last window-i of them.
    let orders = 0;
    let none = 0;
    for (let k = Math.min(i, window); k < window; k++) {
      orders += known[k].orders;
      none += known[k].interventions;
    }
    const newDays = Math.min(i, window);
    for (let j = i - newDays + 1; j <= i; j++) orders += ordersByWeekday[weekday(addDays(latest, j))];
    days.push({ date, orders30d: orders, none, pace: none + newDays * interventionsPerDay });
  }
  return { days, ordersByWeekday, interventionsPerDay };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The next `horizon` days under both scenarios, the over-streak carrying on from the latest
 * day's, and the first day each scenario goes over and into breach.
 */
export function forecast(
  daily: readonly DailyCount[],
  latest: string,
  line: Line,
  latestStreak: number,
  horizon = FORECAST_DAYS,
  window = WINDOW_DAYS,
): { days: ForecastDay[]; summary: ForecastSummary } {
  const p = project(daily, latest, horizon, window);
  const summary: ForecastSummary = {
    ordersByWeekday: p.ordersByWeekday.map(round2),
    interventionsPerDay: round2(p.interventionsPerDay),
    firstOver: { none: null, pace: null },
    firstBreach: { none: null, pace: null },
    firstUnder: { none: null, pace: null },
  };
  const streak = { none: latestStreak, pace: latestStreak };
  const days = p.days.map((d) => {
    const scenario = (k: 'none' | 'pace') => {
      const count = d[k];
      const s = stepStatus(line, count, d.orders30d, streak[k]);
      streak[k] = s.streak;
      if (s.status === 'over' || s.status === 'breach') summary.firstOver[k] ??= d.date;
      if (s.status === 'breach') summary.firstBreach[k] ??= d.date;
      if (s.status === 'ok' || s.status === 'watch') summary.firstUnder[k] ??= d.date;
      return {
        interventions30d: round2(count),
        rate30d: d.orders30d > 0 ? count / d.orders30d : null,
        status: s.status,
        streak: s.streak,
      };
    };
    return { date: d.date, orders30d: round2(d.orders30d), none: scenario('none'), pace: scenario('pace') };
  });
  return { days, summary };
}
