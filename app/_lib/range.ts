/**
 * The dashboard's range from its query: a preset of the last N days ending on the latest day
 * with data (30/90/180/365), or custom dates. One schema, checked at the edge.
 */
import { z } from 'zod';
import { rangeProblem } from '@/lib/time/bounds';
import { addDays, isDayKey } from '@/lib/time/china';

export const PRESETS = [30, 90, 180, 365] as const;
export const DEFAULT_PRESET = 90;

const Day = z.string().refine(isDayKey);
const Query = z.object({
  days: z.coerce
    .number()
    .int()
    .refine((n) => (PRESETS as readonly number[]).includes(n))
    .optional(),
  from: Day.optional(),
  to: Day.optional(),
});

export type Range =
  | { kind: 'preset'; days: number; from: string; to: string }
  | { kind: 'custom'; from: string; to: string };

export function parseRange(query: Record<string, string | string[] | undefined>, latest: string | null): Range | null {
  const flat = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const q = Query.safeParse(flat);
  const v = q.success ? q.data : {};
  if (v.from && v.to && rangeProblem(v.from, v.to) === null) return { kind: 'custom', from: v.from, to: v.to };
  if (!latest) return null;
  const days = v.days ?? DEFAULT_PRESET;
  return { kind: 'preset', days, from: addDays(latest, -(days - 1)), to: latest };
}
