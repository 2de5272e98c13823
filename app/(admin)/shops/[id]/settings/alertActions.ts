'use server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import {
  addAlertChannel,
  channelOfShop,
  pauseAlertChannel,
  removeAlertChannel,
  setAlertTriggers,
  testAlertChannel,
} from '@/lib/alerts/channels';
import { getConnection } from '@/lib/db/connection';
import type { Lang } from '@/lib/i18n/lang';
import { bilingual, translator } from '@/lib/i18n/translate';
import { alertChannelInput, alertTriggersInput } from '@/lib/input/alerts';
import { describeIssues, rowId } from '@/lib/input/fields';
import { shopById } from '@/lib/shops/shops';
import type { FormState } from './actions';

/** A form's text field: trimmed, undefined when empty. */
const text = (v: FormDataEntryValue | null) => {
  const s = String(v ?? '').trim();
  return s === '' ? undefined : s;
};
/** A number of days: null when empty (the trigger is off). */
const days = (v: FormDataEntryValue | null) => {
  const s = text(v);
  return s === undefined ? null : Number(s);
};

/** The trigger fields of a form (AlertTriggerFields). */
const triggersOf = (form: FormData) => ({
  onStatus: form.get('onStatus') === 'on',
  onPenalty: form.get('onPenalty') === 'on',
  onDeadline: form.get('onDeadline') === 'on',
  forecastDays: days(form.get('forecastDays')),
  staleDays: days(form.get('staleDays')),
  digestAt: text(form.get('digestAt')) ?? null,
});

/** The form's own label for a field the schema names ("Webhook 地址", not "url"). */
const LABELS: Record<string, Parameters<ReturnType<typeof translator>>[0]> = {
  kind: 'alertSettings.kind',
  url: 'alertSettings.url',
  secret: 'alertSettings.secret',
  label: 'alertSettings.label',
  language: 'alertSettings.language',
  link: 'alertSettings.link',
  forecastDays: 'alertSettings.forecastDays',
  staleDays: 'alertSettings.staleDays',
  digestAt: 'alertSettings.digestAt',
};
const detail = (e: z.ZodError, lang: Lang) =>
  describeIssues(e, lang, (field) => (LABELS[field] ? translator(lang)(LABELS[field]) : field));

const invalid = (e: z.ZodError): FormState => ({
  ok: false,
  error: {
    zh: bilingual('alertSettings.invalid', { detail: detail(e, 'zh') }).zh,
    en: bilingual('alertSettings.invalid', { detail: detail(e, 'en') }).en,
  },
  at: Date.now(),
});

/** Adds a channel from the settings form, validated by the schema the command line uses. */
export async function addAlertChannelAction(shopId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const { db } = await getConnection();
  const shop = await shopById(db, shopId);
  if (!shop) return { ok: false, error: bilingual('ruleErrors.noShop'), at: Date.now() };
  const parsed = alertChannelInput.safeParse({
    shopId: form.get('scope') === 'all' ? null : shop.id,
    kind: form.get('kind'),
    url: String(form.get('url') ?? ''),
    secret: text(form.get('secret')),
    label: text(form.get('label')) ?? '',
    lang: form.get('language') === 'en' ? 'en' : 'zh',
    linkUrl: text(form.get('link')),
    ...triggersOf(form),
  });
  if (!parsed.success) return invalid(parsed.error);
  await addAlertChannel(db, parsed.data);
  revalidatePath(`/shops/${shop.id}/settings`);
  return { ok: true, error: null, at: Date.now(), reset: true };
}

/**
 * Test, change, pause, resume or remove one channel (the form's `channel` and `op`): the shop's own, or
 * one for every shop. A test answers with the robot's code and message when it refuses.
 */
export async function alertChannelAction(shopId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const id = rowId.safeParse(form.get('channel'));
  const op = form.get('op');
  const missing = { ok: false, error: bilingual('alertSettings.missing'), at: Date.now() };
  if (!id.success) return missing;
  const { db } = await getConnection();
  const channel = await channelOfShop(db, id.data, shopId);
  if (!channel) return missing;
  let state: FormState = { ok: true, error: null, at: Date.now() };
  if (op === 'test') {
    const r = await testAlertChannel(db, channel.id);
    state = r?.ok
      ? { ok: true, error: null, at: Date.now(), note: bilingual('alertSettings.testSent') }
      : {
          ok: false,
          error: bilingual('alertSettings.testFailed', { code: r?.code ?? '', detail: r?.detail ?? '' }),
          at: Date.now(),
        };
  } else if (op === 'update') {
    const parsed = alertTriggersInput.safeParse(triggersOf(form));
    if (!parsed.success) return invalid(parsed.error);
    await setAlertTriggers(db, channel.id, parsed.data);
  } else if (op === 'pause' || op === 'resume') await pauseAlertChannel(db, channel.id, op === 'pause');
  else if (op === 'remove') await removeAlertChannel(db, channel.id);
  else return missing;
  revalidatePath(`/shops/${shopId}/settings`);
  return state;
}
