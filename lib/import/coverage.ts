/**
 * The span of days an imported file covers, as the command line and the import page record it:
 * the days of its rows, widened to the range the merchant says they exported (`coversInput`) and
 * to the export time in the file name.
 */
import path from 'node:path';
import { EARLIEST_DAY, importSpan, type Span } from '../metrics/coverage';
import { firstImpossibleDay } from '../time/china';
import { coveredThroughFromFileName } from './exportTime';

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
