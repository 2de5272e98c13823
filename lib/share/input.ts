import { z } from 'zod';
import { RANGE_MESSAGES, rangeProblem } from '../time/bounds';
import { isDayKey } from '../time/china';
import { MAX_SHARE_DAYS } from './range';

const day = z.string().refine(isDayKey, { message: 'a date like 2024-03-01 / 日期格式如 2024-03-01' });

/**
 * A new link, as the dashboard's API and the command line both hand it in. Range: `days` (rolling)
 * or `from`+`to` (fixed). Expiry: `expiresInDays`, or `expiresOn` (a China calendar day, included),
 * or neither (never).
 */
export const shareCreateInput = z
  .object({
    shop: z.string().trim().min(1).max(200),
    label: z.string().trim().max(100).default(''),
    days: z.number().int().min(1).max(MAX_SHARE_DAYS).optional(),
    from: day.optional(),
    to: day.optional(),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
    expiresOn: day.optional(),
    password: z.string().min(1).max(256).optional(),
    includeOrders: z.boolean().default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.from === undefined) !== (v.to === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'give both from and to / 起止日期需同时给出' });
    }
    if (v.from !== undefined && v.days !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'days or from/to, not both / 天数与起止日期只能选一种' });
    }
    const problem = v.from && v.to ? rangeProblem(v.from, v.to) : null;
    if (problem)
      ctx.addIssue({ code: 'custom', path: [problem === 'order' ? 'to' : 'from'], message: RANGE_MESSAGES[problem] });
    if (v.expiresInDays !== undefined && v.expiresOn !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'one expiry, not two / 只能设置一种有效期' });
    }
  });

export type ShareCreateInput = z.input<typeof shareCreateInput>;

/** "path: message; path: message" for a CLI line or a JSON error. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
