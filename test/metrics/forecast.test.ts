import { describe, expect, it } from 'vitest';
import { forecast, project, weekday } from '@/lib/metrics/forecast';
import { rollingWindows } from '@/lib/metrics/rolling';
import { safety } from '@/lib/metrics/safety';
import type { Line, StatusDay } from '@/lib/metrics/types';
import { addDays } from '@/lib/time/china';

/**
 * 30 days 2024-03-02 (Sat) … 2024-03-31 (Sun): 10 orders Mon–Fri, 20 on Saturday, 30 on Sunday.
 * Four weeks hold 400, plus Sat 03-02 and Sun 03-03: 450 in the window ending 03-31.
 * Interventions: 2 on 03-02, 1 on 03-10, 3 on 03-20, 1 on 03-31 (7 in the window; the trailing
 * 28 days 03-04 … 03-31 hold 5, a pace of 5/28 a day).
 * A window of 30 days ending on D holds four weeks plus the weekdays of D and D-1, so with new
 * orders at the same weekday averages its orders are 400 + v(D) + v(D-1).
 */
const v = (day: string) => [30, 10, 10, 10, 10, 10, 20][weekday(day)];
const LATEST = '2024-03-31';
const daily = Array.from({ length: 30 }, (_, i) => {
  const day = addDays('2024-03-02', i);
  const interventions = { '2024-03-02': 2, '2024-03-10': 1, '2024-03-20': 3, '2024-03-31': 1 }[day] ?? 0;
  return { day, orders: v(day), interventions };
});
const line = (l: Partial<Line>): Line => ({
  rate: null,
  count: null,
  combine: 'and',
  sustainDays: 1,
  watch: 0.8,
  floor: null,
  ...l,
});

describe('weekday', () => {
  it('knows 2024-03-31 was a Sunday and 2024-04-01 a Monday', () => {
    expect(weekday('2024-03-31')).toBe(0);
    expect(weekday('2024-04-01')).toBe(1);
    expect(weekday('1970-01-01')).toBe(4);
  });
});

describe('projection', () => {
  const p = project(daily, LATEST, 14);
  it('starts from the real window', () => {
    expect(rollingWindows(daily, LATEST, LATEST)[0]).toMatchObject({ orders30d: 450, interventions30d: 7 });
  });
  it('averages the trailing 28 days by weekday and the intervention pace', () => {
    expect(p.ordersByWeekday).toEqual([30, 10, 10, 10, 10, 10, 20]);
    expect(p.interventionsPerDay).toBeCloseTo(5 / 28, 12);
  });
  it('orders: known departures plus new ones by weekday', () => {
    // 04-01 (Mon): 03-02 (Sat, 20) left, a Monday (10) came: 450 - 20 + 10.
    expect(p.days[0]).toMatchObject({ date: '2024-04-01', orders30d: 440 });
    // 04-02 (Tue): 400 + Tue + Mon.
    expect(p.days[1].orders30d).toBe(420);
    // 04-13 (Sat): 400 + Sat + Fri; 04-14 (Sun): 400 + Sun + Sat.
    expect(p.days[12]).toMatchObject({ date: '2024-04-13', orders30d: 430 });
    expect(p.days[13]).toMatchObject({ date: '2024-04-14', orders30d: 450 });
  });
  it('interventions with none new: only departures (03-02 leaves 04-01, 03-10 leaves 04-09)', () => {
    expect(p.days.map((d) => d.none)).toEqual([5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4]);
  });
  it('interventions at the pace: departures plus i × 5/28', () => {
    expect(p.days[0].pace).toBeCloseTo(5 + 5 / 28, 12);
    expect(p.days[13].pace).toBeCloseTo(4 + 14 * (5 / 28), 12); // 6.5
  });
});

describe('forecast statuses and first days', () => {
  // R = 1.2%, N = 5, K = 2; 03-31 is over (7 of 450 = 1.56%), the first over day of its run.
  const l = line({ rate: 0.012, count: 5, sustainDays: 2 });
  const f = forecast(daily, LATEST, l, 1);
  it('none new: 5 of 440 = 1.14% and 5 of 420 = 1.19% stay under 1.2%: watch, never over', () => {
    expect(f.days[0].none).toMatchObject({ interventions30d: 5, status: 'watch', streak: 0 });
    expect(f.days[1].none.rate30d).toBeCloseTo(5 / 420, 12);
    expect(f.summary.firstOver.none).toBeNull();
    expect(f.summary.firstBreach.none).toBeNull();
    // Over on 03-31, under it the next day with nothing new.
    expect(f.summary.firstUnder.none).toBe('2024-04-01');
  });
  it('at the pace: 04-01 5.18 of 440 = 1.18% watch; 04-02 5.36 of 420 = 1.28% over; 04-03 breach', () => {
    expect(f.days.slice(0, 3).map((d) => d.pace.status)).toEqual(['watch', 'over', 'breach']);
    expect(f.days[1].pace.interventions30d).toBe(5.36);
    expect(f.summary.firstOver.pace).toBe('2024-04-02');
    expect(f.summary.firstBreach.pace).toBe('2024-04-03');
  });
  it('a run carries on from the latest day: with the latest in its first over day, K = 2 breaches on the next over day', () => {
    const g = forecast(daily, LATEST, line({ count: 5, sustainDays: 2 }), 1);
    expect(g.days[0].none).toMatchObject({ status: 'breach', streak: 2 });
    expect(g.summary.firstBreach.none).toBe('2024-04-01');
    // At the count line of 5 for eight days; on 04-09 one leaves the window: 4, back under it.
    expect(g.summary.firstUnder.none).toBe('2024-04-09');
  });
  it('is 14 days long', () => {
    expect(f.days.map((d) => d.date)).toEqual(Array.from({ length: 14 }, (_, i) => addDays(LATEST, i + 1)));
  });
});

describe('days until safe', () => {
  const latestDay = (status: StatusDay['status']): StatusDay => ({
    date: LATEST,
    orders30d: 450,
    interventions30d: 7,
    rate30d: 7 / 450,
    status,
    streak: 3,
  });
  const penalties = [
    { name: { zh: '移除资源位', en: 'slots' }, days: 1 },
    { name: { zh: '清退', en: 'removed' }, days: null },
  ];
  it('count binds: N = 5 stays reached until 03-10 leaves on 04-09', () => {
    const s = safety(daily, latestDay('breach'), line({ count: 5 }), penalties);
    expect(s).toMatchObject({ overNow: true, breachNow: true, safeOn: '2024-04-09', days: 9 });
    // Last breach day 04-08; a 1-day penalty runs on 04-09.
    expect(s.penalties.map((p) => p.endsOn)).toEqual(['2024-04-09', null]);
  });
  it('rate binds: at R = 1.2% the first projected day (5 of 440) is already under', () => {
    const s = safety(daily, latestDay('over'), line({ rate: 0.012, count: 5 }), penalties);
    expect(s).toMatchObject({ overNow: true, breachNow: false, safeOn: '2024-04-01', days: 1, penalties: [] });
  });
  it('not over: safe today, 0 days', () => {
    expect(safety(daily, latestDay('watch'), line({ count: 50 }), penalties)).toMatchObject({
      safeOn: LATEST,
      days: 0,
    });
  });
  it('never safe within the window when the line is 0 interventions', () => {
    expect(safety(daily, latestDay('breach'), line({ count: 0 }), penalties)).toMatchObject({
      safeOn: null,
      days: null,
    });
  });
});
