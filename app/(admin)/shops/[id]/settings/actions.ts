'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getConnection } from '@/lib/db/connection';
import type { Lang } from '@/lib/i18n/lang';
import { bilingual, type MessageKey, translator } from '@/lib/i18n/translate';
import { removeSavedMapping } from '@/lib/import/savedMappings';
import { undoOneImport } from '@/lib/import/undo';
import { backEndFigureInput } from '@/lib/input/calibration';
import { definitionInput, issueFields, rowId } from '@/lib/input/fields';
import { ruleChangeInput } from '@/lib/input/rules';
import {
  addBackEndFigure,
  keepDefinition,
  RuleChangeError,
  resetShopRules,
  updateShopRule,
} from '@/lib/report/shopSettings';
import { deleteShop, shopById } from '@/lib/shops/shops';

export type FormState = {
  ok: boolean;
  error: { zh: string; en: string } | null;
  at: number;
  reset?: boolean;
  /** What went well, when it is worth saying (a test message delivered). */
  note?: { zh: string; en: string };
};

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
  const fields = issueFields(e);
  const names = (lang: Lang) =>
    fields
      .map((f) =>
        (FIELDS as readonly string[]).includes(f) ? translator(lang)(`field.${f as (typeof FIELDS)[number]}`) : f,
      )
      .join(translator(lang)('common.listSep'));
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
  const shop = await shopById(db, shopId);
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
    await updateShopRule(db, shop, { ...parsed.data, rule: presetId });
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
  const shop = await shopById(db, shopId);
  if (!shop) return fail('ruleErrors.noShop');
  try {
    await resetShopRules(db, shop, presetId);
  } catch (e) {
    if (e instanceof RuleChangeError) return { ok: false, error: e.text, at: Date.now() };
    throw e;
  }
  revalidatePath(`/shops/${shopId}`, 'layout');
  return { ok: true, error: null, at: Date.now(), reset: true };
}

export async function addCalibrationAction(shopId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = backEndFigureInput.safeParse({
    date: String(form.get('day') ?? ''),
    count: optionalNumber(form.get('count')) ?? NaN,
    rate: optionalNumber(form.get('rate'), 0.01) ?? NaN,
  });
  if (!parsed.success) return fail('ruleErrors.calibration');
  const { db } = await getConnection();
  const shop = await shopById(db, shopId);
  if (!shop) return fail('ruleErrors.noShop');
  await addBackEndFigure(db, shop, parsed.data);
  revalidatePath(`/shops/${shopId}`, 'layout');
  return done();
}

export async function useBasisAction(shopId: number, orders: string, interventions: string): Promise<void> {
  const basis = definitionInput.parse({ orders, interventions });
  const { db } = await getConnection();
  const shop = await shopById(db, shopId);
  if (!shop) return;
  await keepDefinition(db, shop, basis);
  revalidatePath(`/shops/${shopId}`, 'layout');
}

/** Undoes one of the shop's imports (in the import queue, one transaction); the history then says so. */
export async function undoImportAction(
  shopId: number,
  importId: number,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  const { db } = await getConnection();
  const r = await undoOneImport(db, importId, shopId);
  if (!r.ok) return fail('settings.undoMissing');
  revalidatePath(`/shops/${shopId}`, 'layout');
  return done();
}

export async function deleteShopAction(shopId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const { db } = await getConnection();
  const shop = await shopById(db, shopId);
  if (!shop) return fail('ruleErrors.noShop');
  if (String(form.get('confirm') ?? '').trim() !== shop.name) return fail('settings.deleteMismatch');
  await deleteShop(db, shop);
  revalidatePath('/', 'layout');
  redirect('/');
}

/** Forgets one saved column mapping (the form's `mapping`): files with its header must be mapped again. */
export async function removeMappingAction(shopId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const id = rowId.safeParse(form.get('mapping'));
  if (!id.success) return fail('savedMappings.missing');
  const { db } = await getConnection();
  const shop = await shopById(db, shopId);
  if (!shop) return fail('ruleErrors.noShop');
  if (!(await removeSavedMapping(db, shop.id, id.data))) return fail('savedMappings.missing');
  revalidatePath(`/shops/${shopId}/settings`);
  return done();
}
