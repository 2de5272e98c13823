import { z } from 'zod';
import { MAX_SHARE_DAYS } from '../share/range';
import { rangeProblem } from '../time/bounds';
import { dayKey as day, rowId } from './fields';

const options = z
  .object({
    label: z.string().trim().max(100).default(''),
    days: z.number().int().min(1).max(MAX_SHARE_DAYS).optional(),
    from: day.optional(),
    to: day.optional(),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
    expiresOn: day.optional(),
    password: z.string().min(1).max(256).optional(),
    includeOrders: z.boolean().default(false),
  })
  .strict();

function checkOptions(v: z.infer<typeof options>, ctx: z.RefinementCtx) {
  if ((v.from === undefined) !== (v.to === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'input.bothDates' });
  }
  if (v.from !== undefined && v.days !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['days'], message: 'input.daysOrDates' });
  }
  const problem = v.from && v.to ? rangeProblem(v.from, v.to) : null;
  if (problem)
    ctx.addIssue({ code: 'custom', path: [problem === 'order' ? 'to' : 'from'], message: `input.${problem}` });
  if (v.expiresInDays !== undefined && v.expiresOn !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'input.oneExpiry' });
  }
}

/**
 * A new link's options, as the dashboard's API and the command line both hand them in. Range:
 * `days` (rolling) or `from`+`to` (fixed). Expiry: `expiresInDays`, or `expiresOn` (a China
 * calendar day, included), or neither (never).
 */
export const shareOptionsInput = options.superRefine(checkOptions);
export type ShareOptionsInput = z.input<typeof shareOptionsInput>;

/** POST /api/shares: the options and the shop, by its id (the command line finds it from `--shop NAME`). */
export const shareCreateInput = options.extend({ shopId: rowId }).superRefine(checkOptions);

/** GET /api/shares?shop=ID: one shop's links. */
export const shareListQuery = z.object({ shop: rowId });
