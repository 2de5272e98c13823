import { type Lang, localeOf } from './lang';
import { translator } from './translate';

const intFormats = new Map<Lang, Intl.NumberFormat>();

/** Whole numbers with the language's grouping: 12,345 in both, but through Intl so it stays right. */
export function formatInt(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  let f = intFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 });
    intFormats.set(lang, f);
  }
  return f.format(n);
}

/** A number with up to `digits` decimals. */
export function formatDecimal(n: number | null | undefined, lang: Lang, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits }).format(n);
}

/**
 * A rate as people read it: a percentage with two decimals ("3.99%"), rounded once from the exact
 * ratio. Every place a rate is shown (cards, chart axes and tooltips, tables, the shared page, the
 * command line's text, the percentage columns of a CSV) goes through here, so 60 of 1,502 is 3.99%
 * everywhere; rounding an already rounded fraction (0.03995 → 4.00%) is what this prevents.
 * Machine outputs (JSON, CSV fractions) carry the unrounded ratio instead.
 */
export function formatRate(rate: number | null | undefined, lang: Lang): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  // Both zh-CN and en-US write a decimal point and a trailing %; a rate never needs grouping.
  void lang;
  return `${(Math.round(rate * 1e4) / 100).toFixed(2)}%`;
}

/** Bytes in B/KB/MB/GB (decimal units, as file managers show them). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${formatDecimal(v, lang, u === 0 ? 0 : 1)} ${units[u]}`;
}

/** A moment (ISO) as China wall-clock date and time, in the language's style: "2024年3月1日 10:00" / "Mar 1, 2024, 10:00 AM". */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** "2024-03-01" stays as it is (unambiguous in both languages); "03-01" on chart axes. */
export function shortDay(day: string): string {
  return day.slice(5);
}

/** Minutes as "2 天 3 小时" / "2 d 3 h"; negative means overdue. */
export function formatDuration(minutes: number, lang: Lang): string {
  const t = translator(lang);
  const m = Math.abs(Math.round(minutes));
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  const parts: string[] = [];
  if (d) parts.push(t('duration.days', { n: d }));
  if (h) parts.push(t('duration.hours', { n: h }));
  if ((!d && min) || !parts.length) parts.push(t('duration.minutes', { n: min }));
  return parts.join(' ');
}
