/**
 * The export time some back ends write into the file name, e.g. Taobao's
 * ExportOrderDetailList202210201728.csv (2022-10-20 17:28). A file exported then covers every day
 * up to the day before; the export day itself only up to that minute.
 */
import { addDays, parseChinaDateTime } from '../time/china';

/** "YYYY-MM-DD HH:MM:00" from a 12-digit stamp in the name, or null when there is none or it is no real time. */
export function exportTimeFromFileName(name: string): string | null {
  const m = /(?:^|[^\d])(20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\d{2})?(?:[^\d]|$)/.exec(name);
  if (!m) return null;
  return parseChinaDateTime(`${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:00`);
}

/** The last whole day the file can cover by its name: the day before the export time; null without one. */
export function coveredThroughFromFileName(name: string): string | null {
  const t = exportTimeFromFileName(name);
  return t ? addDays(t.slice(0, 10), -1) : null;
}
