import { z } from 'zod';
import { DEFAULT_FORECAST_DAYS, DEFAULT_STALE_DAYS } from '../alerts/evaluate';
import { type TargetProblem, targetProblem } from '../alerts/target';
import { rowId } from './fields';

export const ALERT_KINDS = ['dingtalk', 'wecom', 'feishu', 'webhook'] as const;

const PROBLEM_KEY: Record<TargetProblem, string> = {
  url: 'input.alertUrl',
  scheme: 'input.alertScheme',
  credentials: 'input.alertCredentials',
};

/** A URL Redline may send to (the webhook), or put in a message (the link). */
const target = z
  .string()
  .trim()
  .max(2000)
  .superRefine((v, ctx) => {
    const p = targetProblem(v);
    if (p) ctx.addIssue({ code: 'custom', message: PROBLEM_KEY[p] });
  });

const days = z.number().int().min(1).max(30).nullable();

/**
 * A new alert channel, as the command line and the settings page both hand it in: the shop (null:
 * every shop), the robot, its webhook and signing secret, the language and link of its messages,
 * and what it is told (status changes, penalties, evidence deadlines on by default; forecast
 * within 7 days and data stale for 2 days, each null when off; a digest time, or none).
 */
const channelFields = z
  .object({
    shopId: rowId.nullable(),
    kind: z.enum(ALERT_KINDS),
    url: target,
    secret: z.string().trim().min(1).max(512).optional(),
    label: z.string().trim().max(100).default(''),
    lang: z.enum(['zh', 'en']).default('zh'),
    linkUrl: target.optional(),
    onStatus: z.boolean().default(true),
    onPenalty: z.boolean().default(true),
    onDeadline: z.boolean().default(true),
    forecastDays: days.default(DEFAULT_FORECAST_DAYS),
    staleDays: days.default(DEFAULT_STALE_DAYS),
    digestAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'input.digestTime' })
      .nullable()
      .default(null),
  })
  .strict();

/** The new channel's fields, checked together. */
export const alertChannelInput = channelFields.superRefine((v, ctx) => {
  // WeCom group robots have no signature: a secret there is a mistake (the key pasted twice, say),
  // and "signing secret set" would have the merchant believe the messages are signed.
  if (v.kind === 'wecom' && v.secret !== undefined)
    ctx.addIssue({ code: 'custom', path: ['secret'], message: 'input.alertNoSecret' });
});

/** What an existing channel is told (the settings' "change" form): the triggers alone. */
export const alertTriggersInput = channelFields.pick({
  onStatus: true,
  onPenalty: true,
  onDeadline: true,
  forecastDays: true,
  staleDays: true,
  digestAt: true,
});
