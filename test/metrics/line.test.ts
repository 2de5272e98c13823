import { describe, expect, it } from 'vitest';
import { headroom, isOver, isWatch, statusSeries, stepStatus } from '@/lib/metrics/line';
import type { Line } from '@/lib/metrics/types';

const line = (l: Partial<Line>): Line => ({
  rate: null,
  count: null,
  combine: 'and',
  sustainDays: 1,
  watch: 0.8,
  floor: null,
  ...l,
});

describe('over the line', () => {
  const both = { rate: 0.05, count: 5 };
  it('and: needs count ≥ N and rate ≥ R', () => {
    const l = line({ ...both, combine: 'and' });
    expect(isOver(l, 5, 100)).toBe(true); // 5 and 5%
    expect(isOver(l, 5, 101)).toBe(false); // 4.95%
    expect(isOver(l, 4, 50)).toBe(false); // 8% but only 4
  });
  it('or: either is enough', () => {
    const l = line({ ...both, combine: 'or' });
    expect(isOver(l, 5, 1000)).toBe(true); // count
    expect(isOver(l, 4, 50)).toBe(true); // rate 8%
    expect(isOver(l, 4, 81)).toBe(false); // 4.94%, 4
  });
  it('a missing threshold is not part of the test', () => {
    expect(isOver(line({ count: 5, combine: 'and' }), 5, 1_000_000)).toBe(true);
    expect(isOver(line({ rate: 0.05, combine: 'and' }), 1, 20)).toBe(true);
    expect(isOver(line({ combine: 'or' }), 1000, 1)).toBe(false);
  });
  it('7 of 100 reaches 7% although 0.07 × 100 is not exactly 7 in floating point', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(isOver(line({ rate: 0.07 }), 7, 100)).toBe(true);
    expect(isOver(line({ rate: 0.07 }), 6, 100)).toBe(false);
  });
  it('no orders: the rate cannot be reached', () => {
    expect(isOver(line({ rate: 0.05 }), 3, 0)).toBe(false);
  });
  it('small-shop floor: under 300 and at most 3 is never over', () => {
    const l = line({ rate: 0.05, count: 1, floor: { base: 300, count: 3 } });
    expect(isOver(l, 3, 10)).toBe(false); // 30%, but floored
    expect(isOver(l, 4, 10)).toBe(true);
    expect(isOver(l, 3, 60)).toBe(false); // 5% of 60, floored
    expect(isOver(l, 15, 300)).toBe(true); // 300 is not: 5% and 15 ≥ 1
  });
});

describe('watch band', () => {
  it('and: count ≥ W·N and rate ≥ W·R', () => {
    const l = line({ rate: 0.05, count: 10, watch: 0.8 });
    expect(isWatch(l, 8, 200)).toBe(true); // 8 ≥ 8, 4% ≥ 4%
    expect(isWatch(l, 7, 100)).toBe(false); // 7 < 8
    expect(isWatch(l, 8, 201)).toBe(false); // 3.98% < 4%
  });
  it('or: either', () => {
    const l = line({ rate: 0.05, count: 10, watch: 0.8, combine: 'or' });
    expect(isWatch(l, 8, 10_000)).toBe(true);
    expect(isWatch(l, 4, 100)).toBe(true);
    expect(isWatch(l, 3, 100)).toBe(false);
  });
  it('a day over is over, not watch', () => {
    const l = line({ rate: 0.05, count: 10 });
    expect(stepStatus(l, 10, 100, 0).status).toBe('breach'); // K = 1
    expect(stepStatus(l, 8, 100, 0).status).toBe('watch');
    expect(stepStatus(l, 7, 100, 0).status).toBe('ok');
  });
});

describe('streaks and sustain K', () => {
  const day = (i: number, interventions: number) => ({
    date: `2024-01-${String(i).padStart(2, '0')}`,
    orders30d: 100,
    interventions30d: interventions,
    rate30d: interventions / 100,
  });
  it('breach on the K-th consecutive over day; a break starts the count again', () => {
    const l = line({ count: 5, sustainDays: 3, watch: 0.8 });
    const counts = [5, 6, 7, 8, 4, 2, 5, 5, 5, 5];
    const s = statusSeries(
      l,
      counts.map((c, i) => day(i + 1, c)),
    );
    expect(s.map((d) => d.status)).toEqual([
      'over',
      'over',
      'breach',
      'breach',
      'watch',
      'ok',
      'over',
      'over',
      'breach',
      'breach',
    ]);
    expect(s.map((d) => d.streak)).toEqual([1, 2, 3, 4, 0, 0, 1, 2, 3, 4]);
  });
  it('a run that began before the first day carries in', () => {
    const l = line({ count: 5, sustainDays: 3 });
    expect(statusSeries(l, [day(1, 5)], 2).map((d) => d.status)).toEqual(['breach']);
    expect(statusSeries(l, [day(1, 5)], 1).map((d) => d.status)).toEqual(['over']);
  });
});

describe('headroom', () => {
  it('count binds: and, 3 now, N = 10, rate already far above', () => {
    // 3 of 20 is 15%; the rate test passes already, 7 more reach the count.
    expect(headroom(line({ rate: 0.05, count: 10 }), 3, 20)).toBe(7);
  });
  it('rate binds: and, 10 of 1000 = 1%, R = 3%, N = 5', () => {
    // 30 of 1000 is 3%: 20 more.
    expect(headroom(line({ rate: 0.03, count: 5 }), 10, 1000)).toBe(20);
  });
  it('rate binds with a fraction: 3% of 1010 is 30.3, so 31 are needed', () => {
    expect(headroom(line({ rate: 0.03, count: 5 }), 10, 1010)).toBe(21);
  });
  it('or: the nearer of the two', () => {
    expect(headroom(line({ rate: 0.03, count: 25, combine: 'or' }), 10, 1000)).toBe(15);
    expect(headroom(line({ rate: 0.03, count: 50, combine: 'or' }), 10, 1000)).toBe(20);
  });
  it('0 when already over; null when the line cannot be reached', () => {
    expect(headroom(line({ count: 5 }), 6, 10)).toBe(0);
    expect(headroom(line({ rate: 0.05 }), 0, 0)).toBeNull();
    expect(headroom(line({}), 0, 100)).toBeNull();
  });
  it('the floor: a small shop must pass the floor count too', () => {
    // 1 of 10 is 10% ≥ 5%, count line 1, but base < 300 needs count > 3: 3 more.
    expect(headroom(line({ rate: 0.05, count: 1, floor: { base: 300, count: 3 } }), 1, 10)).toBe(3);
  });
  it('edge: 7% of 100 needs exactly 7', () => {
    expect(headroom(line({ rate: 0.07 }), 0, 100)).toBe(7);
  });
});
