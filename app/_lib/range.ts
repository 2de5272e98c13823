/**
 * The dashboard's range from its query: a preset of the last N days ending on the latest day
 * with data (30/90/180/365), or custom dates. One schema, checked at the edge.
 */
import { z } from 'zod';
import { rangeProblem } from '@/lib/time/bounds';
import { addDays, isDayKey } from '@/lib/time/china';

export const PRESETS = [30, 90, 180, 365] as const;
export const DEFAULT_PRESET = 90;

const Query = z.object({
  days: z.coerce
    .number()
    .int()
    .refine((n) => (PRESETS as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
  // Kept as typed: a day that does not exist (02-30) is said so on the form, not dropped.
  from: z.string().optional().catch(undefined),
  to: z.string().optional().catch(undefined),
});

/** Custom dates that could not be applied, kept to show on the form with why. */
export interface RejectedRange {
  from: string;
  to: string;
  problem: 'date' | 'order' | 'bounds' | 'span';
}

export type Range = (
  | { kind: 'preset'; days: number; from: string; to: string }
  | { kind: 'custom'; from: string; to: string }
) & { rejected?: RejectedRange };

/**
 * The preset a dashboard opens on: 90 days, or 30 when the shop's data does not fill 90 (a
 * one-month shop opens on its month, not on a chart two thirds empty).
 */
function defaultPreset(latest: string, firstDay: string | null | undefined): number {
  return firstDay && firstDay > addDays(latest, -(DEFAULT_PRESET - 1)) ? PRESETS[0] : DEFAULT_PRESET;
}

export function parseRange(
  query: Record<string, string | string[] | undefined>,
  latest: string | null,
  firstDay?: string | null,
): Range | null {
  const flat = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const q = Query.safeParse(flat);
  const v = q.success ? q.data : {};
  const problem = v.from && v.to ? (!isDayKey(v.from) || !isDayKey(v.to) ? 'date' : rangeProblem(v.from, v.to)) : null;
  if (v.from && v.to && problem === null) return { kind: 'custom', from: v.from, to: v.to };
  if (!latest) return null;
  const days = v.days ?? defaultPreset(latest, firstDay);
  const range: Range = { kind: 'preset', days, from: addDays(latest, -(days - 1)), to: latest };
  // Dates that cannot be used still show a range, and the form says why those dates were not applied.
  return v.from && v.to && problem ? { ...range, rejected: { from: v.from, to: v.to, problem } } : range;
}
