import type { RollingDay } from './rolling';
import type { Line, RiskStatus, StatusDay } from './types';

/**
 * Rates compared as products, with a little slack: 7 of 100 must reach 7%, though 0.07 × 100 is
 * 7.000000000000001 in floating point.
 */
const EPS = 1e-9;

export function reachesRate(count: number, base: number, rate: number): boolean {
  if (base <= 0) return false;
  return count >= rate * base - EPS * Math.max(1, rate * base);
}

function combine(line: Line, countTest: boolean | null, rateTest: boolean | null): boolean {
  const tests = [countTest, rateTest].filter((t): t is boolean => t !== null);
  if (!tests.length) return false;
  return line.combine === 'and' ? tests.every(Boolean) : tests.some(Boolean);
}

/** Whether window figures reach the line. A missing threshold is simply not part of the test. */
export function isOver(line: Line, count: number, base: number): boolean {
  const over = combine(
    line,
    line.count === null ? null : count >= line.count,
    line.rate === null ? null : reachesRate(count, base, line.rate),
  );
  if (over && line.floor && base < line.floor.base && count <= line.floor.count) return false;
  return over;
}

/** Within the watch fraction of the line (and not over, which the caller checks first). */
export function isWatch(line: Line, count: number, base: number): boolean {
  return combine(
    line,
    line.count === null ? null : count >= line.watch * line.count - EPS,
    line.rate === null ? null : reachesRate(count, base, line.watch * line.rate),
  );
}

/** The status of one day given the over-streak of the day before. */
export function stepStatus(
  line: Line,
  count: number,
  base: number,
  prevStreak: number,
): { status: RiskStatus; streak: number } {
  if (isOver(line, count, base)) {
    const streak = prevStreak + 1;
    return { status: streak >= Math.max(1, line.sustainDays) ? 'breach' : 'over', streak };
  }
  return { status: isWatch(line, count, base) ? 'watch' : 'ok', streak: 0 };
}

/**
 * Status of every day. `priorStreak` is the run of over days just before the first one; callers
 * that can, pass days reaching K-1 days further back instead, so a run that began earlier counts.
 */
export function statusSeries(
  line: Line,
  days: readonly RollingDay[],
  priorStreak = 0,
  isComplete: (date: string) => boolean = () => true,
): StatusDay[] {
  let streak = priorStreak;
  return days.map((d) => {
    // A window resting on missing data gets no verdict, and a run of over days cannot be counted across it.
    if (!isComplete(d.date)) {
      streak = 0;
      return { ...d, status: 'unknown' as const, streak: 0 };
    }
    const s = stepStatus(line, d.interventions30d, d.orders30d, streak);
    streak = s.streak;
    return { ...d, status: s.status, streak: s.streak };
  });
}

/**
 * The fewest further intervention orders that would put a day over the line, the base staying
 * as it is: 0 when already over, null when none could (e.g. a rate test with no orders).
 */
export function headroom(line: Line, count: number, base: number): number | null {
  if (isOver(line, count, base)) return 0;
  const byCount = line.count === null ? null : Math.max(0, line.count - count);
  const byRate =
    line.rate === null ? null : base > 0 ? Math.max(0, Math.ceil(line.rate * base - count - EPS)) : Infinity;
  const parts = [byCount, byRate].filter((x): x is number => x !== null);
  if (!parts.length) return null;
  let x = line.combine === 'and' ? Math.max(...parts) : Math.min(...parts);
  if (!Number.isFinite(x)) return null;
  if (line.floor && base < line.floor.base) x = Math.max(x, line.floor.count + 1 - count);
  // Guards the closed form against rounding at the edge; never more than a step or two.
  while (x > 0 && isOver(line, count + x - 1, base)) x--;
  while (!isOver(line, count + x, base)) x++;
  return x;
}
