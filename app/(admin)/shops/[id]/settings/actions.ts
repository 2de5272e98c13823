'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getConnection } from '@/lib/db/connection';
import { addCalibrationEntry } from '@/lib/db/queries/calibrationEntries';
import { deleteShop } from '@/lib/db/queries/deleteShop';
import { setShopBasis } from '@/lib/db/queries/setShopBasis';
import { findShopById } from '@/lib/db/queries/shopById';
import type { Lang } from '@/lib/i18n/lang';
import { bilingual, type MessageKey, translator } from '@/lib/i18n/translate';
import { RuleChangeError, resetShopRules, updateShopRule } from '@/lib/report/shopSettings';
import { ruleChangeInput } from '@/lib/rules/input';
import { chinaWallClock, isDayKey } from '@/lib/time/china';

export type FormState = { ok: boolean; error: { zh: string; en: string } | null; at: number; reset?: boolean };

const fail = (key: MessageKey): FormState => ({ ok: false, error: bilingual(key), at: Date.now() });
const done = (): FormState => ({ ok: true, error: null, at: Date.now() });

/** "" means the threshold is not part of the test; percentages come in as percent. */
const optionalNumber = (v: FormDataEntryValue | null, scale = 1) => {
  const s = String(v ?? '').trim();
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n * scale : NaN;
};

const FIELDS = ['rate', 'count', 'sustainDays', 'watch', 'rateMultiple', 'categoryAverage'] as const;
function issuesText(e: z.ZodError): { zh: string; en: string } {
  const fields = [...new Set(e.issues.map((i) => String(i.path[0] ?? '')))];
  const names = (lang: Lang) =>
    fields
      .map((f) =>
        (FIELDS as readonly string[]).includes(f) ? translator(lang)(`field.${f as (typeof FIELDS)[number]}`) : f,
      )
      .join(lang === 'zh' ? '、' : ', ');
  return {
    zh: translator('zh')('ruleErrors.check', { fields: names('zh') }),
    en: translator('en')('ruleErrors.check', { fields: names('en') }),
  };
}

export async function saveRuleAction(
  shopId: number,
  presetId: string,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const { db } = await getConnection();
  const shop = await findShopById(db, shopId);
  if (!shop) return fail('ruleErrors.noShop');
  const usesMultiple = form.get('mode') === 'multiple';
  const parsed = ruleChangeInput.safeParse({
    ...(usesMultiple
      ? {
          rateMultiple: optionalNumber(form.get('rateMultiple')),
          categoryAverage: optionalNumber(form.get('categoryAverage'), 0.01),
        }
      : { rate: optionalNumber(form.get('rate'), 0.01) }),
    count: optionalNumber(form.get('count')),
    combine: form.get('combine') ?? undefined,
    sustainDays: optionalNumber(form.get('sustainDays')) ?? NaN,
    watch: optionalNumber(form.get('watch'), 0.01) ?? NaN,
    enabled: form.get('enabled') === 'on',
    main: form.get('main') === 'on' ? true : undefined,
  });
  if (!parsed.success) return { ok: false, error: issuesText(parsed.error), at: Date.now() };
  try {
    await updateShopRule(db, shop.name, { ...parsed.data, rule: presetId });
  } catch (e) {
    // A rule without any line, or the last rule switched off: refused, with the reason.
    if (e instanceof RuleChangeError) return { ok: false, error: e.text, at: Date.now() };
    throw e;
  }
  revalidatePath(`/shops/${shopId}`, 'layout');
  return done();
}

/** Puts one rule back on its preset's numbers (recorded in its history). */
export async function resetRuleAction(
  shopId: number,
  presetId: string,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  const { db } = await getConnection();
  const shop = await findShopById(db, shopId);
  if (!shop) return fail('ruleErrors.noShop');
  try {
    await resetShopRules(db, shop.name, presetId);
  } catch (e) {
    if (e instanceof RuleChangeError) return { ok: false, error: e.text, at: Date.now() };
    throw e;
  }
  revalidatePath(`/shops/${shopId}`, 'layout');
  return { ok: true, error: null, at: Date.now(), reset: true };
}

const Calibration = z.object({
  day: z.string().refine(isDayKey),
  count: z.number().int().min(0).max(10_000_000),
  rate: z.number().min(0).max(1),
});

export async function addCalibrationAction(shopId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = Calibration.safeParse({
    day: String(form.get('day') ?? ''),
    count: optionalNumber(form.get('count')) ?? NaN,
    rate: optionalNumber(form.get('rate'), 0.01) ?? NaN,
  });
  if (!parsed.success) return fail('ruleErrors.calibration');
  const { db } = await getConnection();
  if (!(await findShopById(db, shopId))) return fail('ruleErrors.noShop');
  await addCalibrationEntry(db, {
    shopId,
    day: parsed.data.day,
    count: parsed.data.count,
    rate: parsed.data.rate,
    createdAt: chinaWallClock(),
  });
  revalidatePath(`/shops/${shopId}`, 'layout');
  return done();
}

const Basis = z.object({
  orders: z.enum(['paid', 'shipped', 'received']),
  interventions: z.enum(['applied', 'completed']),
});

export async function useBasisAction(shopId: number, orders: string, interventions: string): Promise<void> {
  const basis = Basis.parse({ orders, interventions });
  const { db } = await getConnection();
  await setShopBasis(db, shopId, basis);
  revalidatePath(`/shops/${shopId}`, 'layout');
}

export async function deleteShopAction(shopId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const { db } = await getConnection();
  const shop = await findShopById(db, shopId);
  if (!shop) return fail('ruleErrors.noShop');
  if (String(form.get('confirm') ?? '').trim() !== shop.name) return fail('settings.deleteMismatch');
  // A merge in progress finishes first: the delete waits for the write lock.
  await deleteShop(db, shopId);
  revalidatePath('/', 'layout');
  redirect('/');
}
