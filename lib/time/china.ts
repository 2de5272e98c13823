/**
 * China wall-clock time. Every timestamp in a marketplace export is Beijing time (UTC+8),
 * whatever zone the server runs in, so timestamps are kept as wall-clock strings
 * ("YYYY-MM-DD HH:MM:SS") and day keys are their first ten characters. No Date object
 * in local time is ever involved, so the server's TZ cannot leak in.
 */

const DAY_MS = 86_400_000;

/** Accepts 2024-01-01 12:00:00, 2024/1/1 12:00, 2024.1.1, 2024年1月1日 12:00, ISO "T", fractions. */
const DATE_RE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:[.,]\d+)?)?(?:\s*(?:Z|\+0?8:?00))?$/;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, m: number): number {
  return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
}

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100;
};

/** Parses an export's date/time text into China wall-clock "YYYY-MM-DD HH:MM:SS"; null if it is not a date. */
export function parseChinaDateTime(text: string): string | null {
  // Most cells already are "YYYY-MM-DD HH:MM:SS": check them digit by digit, without a regex.
  if (
    text.length === 19 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 32 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58
  ) {
    const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
    const mo = digit(text, 5) * 10 + digit(text, 6);
    const d = digit(text, 8) * 10 + digit(text, 9);
    const h = digit(text, 11) * 10 + digit(text, 12);
    const mi = digit(text, 14) * 10 + digit(text, 15);
    const s = digit(text, 17) * 10 + digit(text, 18);
    if (
      y >= 0 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      d <= daysInMonth(y, mo) &&
      h >= 0 &&
      h <= 23 &&
      mi >= 0 &&
      mi <= 59 &&
      s >= 0 &&
      s <= 59
    )
      return text;
  }
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  const h = m[4] === undefined ? 0 : +m[4];
  const mi = m[5] === undefined ? 0 : +m[5];
  const s = m[6] === undefined ? 0 : +m[6];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  return `${y}-${pad2(mo)}-${pad2(d)} ${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
}

/**
 * A spreadsheet date cell. Spreadsheet dates carry no zone: the UTC fields of the Date a reader
 * hands back are the wall-clock the cell shows.
 */
export function wallClockFromSheetDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** Excel serial day number (1900 system) to wall-clock text. */
export function wallClockFromExcelSerial(serial: number): string {
  const ms = Math.round(((serial - 25569) * DAY_MS) / 1000) * 1000;
  return wallClockFromSheetDate(new Date(ms));
}

/** Day key "YYYY-MM-DD" of a wall-clock timestamp. */
export const dayOf = (wallClock: string): string => wallClock.slice(0, 10);

export function dayToNumber(day: string): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;
}

export function numberToDay(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export const addDays = (day: string, n: number): string => numberToDay(dayToNumber(day) + n);

export function isDayKey(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseChinaDateTime(text) !== null;
}

/** Today's day key on the China calendar, for an instant (defaults to now). */
export function chinaToday(now: Date = clockNow()): string {
  return numberToDay(Math.floor((now.getTime() + 8 * 3_600_000) / DAY_MS));
}

/** The China wall-clock of an instant. */
export function chinaWallClock(now: Date = clockNow()): string {
  return wallClockFromSheetDate(new Date(now.getTime() + 8 * 3_600_000));
}

/**
 * "Now" for everything that compares with today (impossible dates, staleness). Tests freeze it
 * with `freezeClock`; a whole process (the command line, a test server) with REDLINE_NOW, an ISO
 * instant. Nothing else sets it.
 */
let frozen: Date | null = null;

export function freezeClock(at: Date | string | null): void {
  frozen = at === null ? null : new Date(at);
}

export function clockNow(): Date {
  if (frozen) return new Date(frozen.getTime());
  const env = typeof process !== 'undefined' ? process.env.REDLINE_NOW : undefined;
  if (env) {
    const d = new Date(env);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date();
}

/** The first day no export can be dated on: the day after tomorrow, China time. */
export function firstImpossibleDay(now: Date = clockNow()): string {
  return addDays(chinaToday(now), 2);
}
