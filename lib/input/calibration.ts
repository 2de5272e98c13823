import { z } from 'zod';
import { dayKey } from './fields';

/**
 * What the back end shows for a date: the count, and the rate as a fraction. The settings form
 * (rate typed in percent) and `calibrate --date --count --rate` both hand it in here.
 */
export const backEndFigureInput = z
  .object({
    date: dayKey,
    count: z.number().int().min(0).max(10_000_000),
    rate: z.number().min(0).max(1),
  })
  .strict();
export type BackEndFigureInput = z.infer<typeof backEndFigureInput>;
