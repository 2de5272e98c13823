import { describe, expect, it } from 'vitest';
import { rollingWindows } from '@/lib/metrics/rolling';
import { rollOff } from '@/lib/metrics/rollOff';

describe('30-day window edges across month ends', () => {
  it('D-29 is in, D-30 is out (March 31 → window from March 2)', () => {
    const daily = [
      { day: '2024-03-01', orders: 1, interventions: 1 },
      { day: '2024-03-02', orders: 10, interventions: 2 },
    ];
    const [d30, d31, a1] = rollingWindows(daily, '2024-03-30', '2024-04-01');
    expect(d30).toEqual({ date: '2024-03-30', orders30d: 11, interventions30d: 3, rate30d: 3 / 11 });
    expect(d31).toEqual({ date: '2024-03-31', orders30d: 10, interventions30d: 2, rate30d: 0.2 });
    expect(a1).toEqual({ date: '2024-04-01', orders30d: 0, interventions30d: 0, rate30d: null });
  });
  it('February: the window ending March 1 starts Feb 1 in a leap year, Jan 31 otherwise', () => {
    const daily = (y: number) => [
      { day: `${y}-01-31`, orders: 4, interventions: 1 },
      { day: `${y}-02-01`, orders: 1, interventions: 0 },
    ];
    expect(rollingWindows(daily(2024), '2024-03-01', '2024-03-01')[0]).toMatchObject({
      orders30d: 1,
      interventions30d: 0,
    });
    expect(rollingWindows(daily(2023), '2023-03-01', '2023-03-01')[0]).toMatchObject({
      orders30d: 5,
      interventions30d: 1,
    });
  });
});

describe('roll-off calendar', () => {
  it('each intervention leaves on its day + 30, across the month end; D-30 is already gone', () => {
    const daily = [
      { day: '2024-01-01', orders: 0, interventions: 9 }, // D-30 of 01-31: not in the window, not listed
      { day: '2024-01-02', orders: 0, interventions: 2 }, // D-29: leaves 02-01
      { day: '2024-01-05', orders: 0, interventions: 1 }, // leaves 02-04
      { day: '2024-01-31', orders: 0, interventions: 3 }, // the latest day: leaves 03-01 (2024 is a leap year)
    ];
    const r = rollOff(daily, '2024-01-31');
    expect(r).toHaveLength(30);
    expect(r[0]).toEqual({ date: '2024-02-01', leaving: 2 });
    expect(r[3]).toEqual({ date: '2024-02-04', leaving: 1 });
    expect(r[29]).toEqual({ date: '2024-03-01', leaving: 3 });
    expect(r.filter((x) => x.leaving > 0)).toHaveLength(3);
    // Everything in the window leaves exactly once.
    expect(r.reduce((s, x) => s + x.leaving, 0)).toBe(
      rollingWindows(daily, '2024-01-31', '2024-01-31')[0].interventions30d,
    );
  });
  it('a non-leap year: from 2023-01-31 the last leaves on 2023-03-02', () => {
    const r = rollOff([{ day: '2023-01-31', orders: 0, interventions: 1 }], '2023-01-31');
    expect(r.at(-1)).toEqual({ date: '2023-03-02', leaving: 1 });
    expect(r[27]).toEqual({ date: '2023-02-28', leaving: 0 });
  });
});
