/**
 * The pieces every input schema is built from, each defined once: a day, a shop's id, a
 * definition (which day orders and interventions count on), a platform, a range of days.
 * Routes, server actions and the command line validate with the schemas in lib/input/.
 */
import { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { type MessageKey, translator } from '../i18n/translate';
import { FIRST_DAY, MAX_RANGE_DAYS, rangeProblem } from '../time/bounds';
import { isDayKey } from '../time/china';
import { INTERVENTION_BASES, ORDER_BASES, PLATFORMS } from '../types';

/** A China calendar day "YYYY-MM-DD" that exists. */
export const dayKey = z.string().refine(isDayKey, { message: 'input.day' });

/** A stored row's id as it comes in a URL segment, a query or a form: digits, at most 12. */
export const rowId = z
  .union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^[1-9]\d{0,11}$/)])
  .transform((v) => Number(v));

export const orderBasis = z.enum(ORDER_BASES);
export const interventionBasis = z.enum(INTERVENTION_BASES);
export const platform = z.enum(PLATFORMS);

/** A definition to count by: which day an order and an intervention count on. */
export const definitionInput = z.object({ orders: orderBasis, interventions: interventionBasis }).strict();

/**
 * An optional range of days in a query: both dates or neither, at most 3 years between
 * 2000-01-01 and tomorrow.
 */
export const optionalRange = z
  .object({ from: dayKey.optional(), to: dayKey.optional() })
  .refine(
    (q) => (q.from === undefined) === (q.to === undefined) && (!q.from || !q.to || rangeProblem(q.from, q.to) === null),
    { message: 'input.bounds', path: ['from'] },
  );

type Issue = z.ZodError['issues'][number];

/**
 * One issue in the language: the messages our schemas set are catalog keys under `input.`; zod's
 * own (a number too small or too big, a wrong type) are named by their kind.
 */
function issueText(issue: Issue, lang: Lang): string {
  const t = translator(lang);
  if (issue.message.startsWith('input.'))
    return t(issue.message as MessageKey, { first: FIRST_DAY, n: MAX_RANGE_DAYS } as never);
  if (issue.code === 'too_small') return t('input.tooSmall', { min: Number(issue.minimum) });
  if (issue.code === 'too_big') return t('input.tooBig', { max: Number(issue.maximum) });
  return t('input.invalid');
}

/** "field: what is wrong; field: …" in the language, for the command line; `name` spells a field (as a flag). */
export function describeIssues(
  error: z.ZodError,
  lang: Lang,
  name: (field: string) => string = (f) => f,
  separator = '; ',
): string {
  return error.issues
    .map((i) => (i.path.length ? `${name(i.path.map(String).join('.'))}: ${issueText(i, lang)}` : issueText(i, lang)))
    .join(separator);
}

/** The fields an error is about, once each, in order: what a message names. */
export function issueFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((i) => String(i.path[0] ?? '')).filter(Boolean))];
}
