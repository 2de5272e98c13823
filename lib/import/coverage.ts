/**
 * The span of days an imported file covers, as the command line and the import page record it:
 * the days of its rows, widened to the range the merchant says they exported and to the export
 * time in the file name. One schema for the merchant's range, used by both.
 */
import path from 'node:path';
import { z } from 'zod';
import { EARLIEST_DAY, importSpan, type Span } from '../metrics/coverage';
import { dayToNumber, firstImpossibleDay, isDayKey } from '../time/china';
import { coveredThroughFromFileName } from './exportTime';

/** Ten years: longer than any back end lets a merchant export in one go. */
const MAX_SPAN_DAYS = 3660;

export const coversInput = z
  .object({ from: z.string().refine(isDayKey), to: z.string().refine(isDayKey) })
  .strict()
  .refine(
    (c) =>
      c.from <= c.to &&
      c.from >= EARLIEST_DAY &&
      c.to < firstImpossibleDay() &&
      dayToNumber(c.to) - dayToNumber(c.from) < MAX_SPAN_DAYS,
  );

/**
 * The widened span, or null when it is no wider than the rows' own (nothing to record). An export
 * time in the name that is not a possible day is ignored.
 */
export function widenedCoverage(
  rows: { dateFrom: string | null; dateTo: string | null },
  fileName: string,
  covers: Span | null,
): Span | null {
  const own = rows.dateFrom && rows.dateTo ? { from: rows.dateFrom, to: rows.dateTo } : null;
  let named = coveredThroughFromFileName(path.basename(fileName));
  if (named !== null && (named < EARLIEST_DAY || named >= firstImpossibleDay())) named = null;
  const span = importSpan(own, covers, named);
  if (!span || (own && span.from === own.from && span.to === own.to)) return null;
  return span;
}
