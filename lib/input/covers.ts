import { z } from 'zod';
import { EARLIEST_DAY } from '../metrics/coverage';
import { dayToNumber, firstImpossibleDay } from '../time/china';
import { dayKey } from './fields';

/** Ten years: longer than any back end lets a merchant export in one go. */
const MAX_SPAN_DAYS = 3660;

/** The range a merchant says a file covers (`--covers FROM:TO`, the import page's dates). */
export const coversInput = z
  .object({ from: dayKey, to: dayKey })
  .strict()
  .refine(
    (c) =>
      c.from <= c.to &&
      c.from >= EARLIEST_DAY &&
      c.to < firstImpossibleDay() &&
      dayToNumber(c.to) - dayToNumber(c.from) < MAX_SPAN_DAYS,
  );
