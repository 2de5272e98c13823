/**
 * The days any request may ask about: 2000-01-01 to tomorrow (China time; tomorrow so a merchant
 * east of China or a clock a little ahead is never refused), and at most the dashboard's 3 years
 * at once. Every range from outside (a share link, the dashboard's query, the daily CSV, the
 * command line) is held to this, so one request costs bounded time and memory whatever it asks.
 */
import { addDays, chinaToday, dayToNumber, isDayKey } from './china';

export const FIRST_DAY = '2000-01-01';
/** The dashboard's longest range, three years. */
export const MAX_RANGE_DAYS = 3 * 366;

export const lastDay = (now: Date = new Date()): string => addDays(chinaToday(now), 1);

export function isDayInBounds(day: string, now: Date = new Date()): boolean {
  return isDayKey(day) && day >= FIRST_DAY && day <= lastDay(now);
}

/** Days from `from` to `to`, both included. */
export const spanDays = (from: string, to: string): number => dayToNumber(to) - dayToNumber(from) + 1;

/** What is wrong with a range, or null: 'order' (to before from), 'bounds' (a day outside), 'span' (over 3 years). */
export function rangeProblem(from: string, to: string, now: Date = new Date()): 'order' | 'bounds' | 'span' | null {
  if (!isDayInBounds(from, now) || !isDayInBounds(to, now)) return 'bounds';
  if (from > to) return 'order';
  if (spanDays(from, to) > MAX_RANGE_DAYS) return 'span';
  return null;
}

/**
 * A range cut to what may be computed: inside the bounds, and its last 3 years at most. For ranges
 * stored before these limits (an old share link over 0001…9999), so viewing one stays cheap.
 */
export function clampRange(from: string, to: string, now: Date = new Date()): { from: string; to: string } {
  const t = to > lastDay(now) ? lastDay(now) : to < FIRST_DAY ? FIRST_DAY : to;
  let f = from < FIRST_DAY ? FIRST_DAY : from > t ? t : from;
  if (spanDays(f, t) > MAX_RANGE_DAYS) f = addDays(t, -(MAX_RANGE_DAYS - 1));
  return { from: f, to: t };
}
