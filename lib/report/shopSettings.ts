/**
 * What a merchant changes about a shop: its rule numbers and which definition it counts by.
 * The command line and the settings pages both go through here, after validating their input
 * with `ruleChangeInput` / `backEndFigureInput`.
 */
import { z } from 'zod';
import type { DB } from '../db/connection';
import { addCalibrationEntry } from '../db/queries/calibrationEntries';
import { insertRuleChange, listRuleChanges, type RuleChangeRow } from '../db/queries/ruleChanges';
import { setShopBasis } from '../db/queries/setShopBasis';
import { listShopRuleRows, saveShopRuleRows } from '../db/queries/shopRules';
import { findShopByName } from '../db/queries/shops';
import type { RuleChange } from '../rules/input';
import {
  applyRuleChange,
  RuleChangeError,
  resetRule,
  resolveShopRules,
  ruleRow,
  ruleSettingsOf,
} from '../rules/shopRules';
import type { ShopRule } from '../rules/types';
import { chinaWallClock, clockNow, isDayKey } from '../time/china';
import { type CalibrationDefinition, getShopReport } from './shopReport';

export { RuleChangeError } from '../rules/shopRules';

/** A shop's rules, all of them (enabled or not), main first; null for an unknown shop. */
export async function getShopRules(db: DB, shopName: string): Promise<ShopRule[] | null> {
  const shop = await findShopByName(db, shopName);
  if (!shop) return null;
  return resolveShopRules(shop.platform, await listShopRuleRows(db, shop.id));
}

/**
 * Changes one rule (the main one unless `change.rule` names another) and stores the shop's
 * rules; returns them as stored. Throws RuleChangeError for a rule the shop does not have.
 */
export async function updateShopRule(
  db: DB,
  shopName: string,
  change: RuleChange,
  now = clockNow(),
): Promise<ShopRule[] | null> {
  const shop = await findShopByName(db, shopName);
  if (!shop) return null;
  const rules = resolveShopRules(shop.platform, await listShopRuleRows(db, shop.id));
  if (!rules.length) throw new RuleChangeError('ruleErrors.noRule', { rule: '—', rules: '' });
  const { rule: ruleId, ...rest } = change;
  const id = ruleId ?? rules.find((r) => r.main)?.presetId ?? rules[0].presetId;
  if (!rules.some((r) => r.presetId === id))
    throw new RuleChangeError('ruleErrors.noRule', { rule: id, rules: rules.map((r) => r.presetId).join(', ') });
  const at = chinaWallClock(now);
  const next = applyRuleChange(rules, id, rest);
  await saveShopRuleRows(
    db,
    next.map((r) => ruleRow(shop.id, r, at)),
  );
  await recordChanges(db, shop.id, rules, next, at, 'set');
  return resolveShopRules(shop.platform, await listShopRuleRows(db, shop.id));
}

/** History rows for every rule whose numbers (or on/main state) a change moved. */
async function recordChanges(
  db: DB,
  shopId: number,
  before: readonly ShopRule[],
  after: readonly ShopRule[],
  at: string,
  action: 'set' | 'reset',
) {
  for (const b of before) {
    const a = after.find((r) => r.presetId === b.presetId);
    if (!a) continue;
    const x = ruleSettingsOf(b);
    const y = ruleSettingsOf(a);
    if (JSON.stringify(x) !== JSON.stringify(y))
      await insertRuleChange(db, { shopId, presetId: b.presetId, at, action, before: x, after: y });
  }
}

/**
 * Puts one rule (or every rule, without `ruleId`) back on its preset's numbers; returns the
 * shop's rules as stored. Throws RuleChangeError for a rule the shop does not have.
 */
export async function resetShopRules(
  db: DB,
  shopName: string,
  ruleId?: string,
  now = clockNow(),
): Promise<ShopRule[] | null> {
  const shop = await findShopByName(db, shopName);
  if (!shop) return null;
  const rules = resolveShopRules(shop.platform, await listShopRuleRows(db, shop.id));
  if (ruleId && !rules.some((r) => r.presetId === ruleId)) {
    throw new RuleChangeError('ruleErrors.noRule', { rule: ruleId, rules: rules.map((r) => r.presetId).join(', ') });
  }
  const next = rules.map((r) => (!ruleId || r.presetId === ruleId ? resetRule(r) : r));
  const at = chinaWallClock(now);
  await saveShopRuleRows(
    db,
    next.map((r) => ruleRow(shop.id, r, at)),
  );
  await recordChanges(db, shop.id, rules, next, at, 'reset');
  return resolveShopRules(shop.platform, await listShopRuleRows(db, shop.id));
}

/** A shop's rule changes, newest first; null for an unknown shop. */
export async function getRuleHistory(db: DB, shopName: string, ruleId?: string): Promise<RuleChangeRow[] | null> {
  const shop = await findShopByName(db, shopName);
  if (!shop) return null;
  return listRuleChanges(db, shop.id, ruleId);
}

/** What the back end shows for a date: count, and rate as a fraction. */
export const backEndFigureInput = z
  .object({
    date: z.string().refine(isDayKey, 'a date like 2024-03-01'),
    count: z.number().int().min(0),
    rate: z.number().min(0).max(1),
  })
  .strict();
export type BackEndFigureInput = z.infer<typeof backEndFigureInput>;

/** Stores a back-end figure (replacing one for the same date). False for an unknown shop. */
export async function addBackEndFigure(
  db: DB,
  shopName: string,
  f: BackEndFigureInput,
  now = new Date(),
): Promise<boolean> {
  const shop = await findShopByName(db, shopName);
  if (!shop) return false;
  await addCalibrationEntry(db, {
    shopId: shop.id,
    day: f.date,
    count: f.count,
    rate: f.rate,
    createdAt: chinaWallClock(now),
  });
  return true;
}

export const definitionInput = z
  .object({ orders: z.enum(['paid', 'shipped', 'received']), interventions: z.enum(['applied', 'completed']) })
  .strict();

/**
 * Keeps a definition for the shop: the one given, or 'best' (the one that agrees best with the
 * figures entered). Returns the definition kept; null when 'best' has no figures to go on or the
 * shop is unknown.
 */
export async function useDefinition(
  db: DB,
  shopName: string,
  def: CalibrationDefinition | 'best',
): Promise<CalibrationDefinition | null> {
  const shop = await findShopByName(db, shopName);
  if (!shop) return null;
  let basis: CalibrationDefinition;
  if (def === 'best') {
    const best = (await getShopReport(db, shopName, { drivers: false }))?.calibration.best;
    if (!best) return null;
    basis = { orders: best.orders, interventions: best.interventions };
  } else basis = def;
  await setShopBasis(db, shop.id, basis);
  return basis;
}
