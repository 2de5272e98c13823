/**
 * What a merchant changes about a shop: its rule numbers and which definition it counts by.
 * The command line and the settings pages both go through here (with the shop's row, found once),
 * after validating their input with the schemas of lib/input/.
 */
import type { DB } from '../db/connection';
import { addCalibrationEntry } from '../db/queries/addCalibrationEntry';
import { insertRuleChange } from '../db/queries/insertRuleChange';
import { listRuleChanges, type RuleChangeRow } from '../db/queries/listRuleChanges';
import { listShopRuleRows } from '../db/queries/listShopRuleRows';
import { saveShopRuleRows } from '../db/queries/saveShopRuleRows';
import { setShopBasis } from '../db/queries/setShopBasis';
import type { RuleChangeAction, ShopRow } from '../db/schema';
import type { BackEndFigureInput } from '../input/calibration';
import type { RuleChange } from '../input/rules';
import {
  applyRuleChange,
  RuleChangeError,
  resetRule,
  resolveShopRules,
  ruleRow,
  ruleSettingsOf,
} from '../rules/shopRules';
import type { ShopRule } from '../rules/types';
import { chinaWallClock, clockNow } from '../time/china';
import type { Definition } from '../types';
import { calibrationInfo } from './calibration';
import { shopBasis } from './shopReport';

export type { RuleChangeRow } from '../db/queries/listRuleChanges';
export { RuleChangeError } from '../rules/shopRules';

/** A shop's rules, all of them (enabled or not), main first. */
export async function getShopRules(db: DB, shop: ShopRow): Promise<ShopRule[]> {
  return resolveShopRules(shop.platform, await listShopRuleRows(db, shop.id));
}

/**
 * Changes one rule (the main one unless `change.rule` names another) and stores the shop's
 * rules; returns them as stored. Throws RuleChangeError for a rule the shop does not have.
 */
export async function updateShopRule(db: DB, shop: ShopRow, change: RuleChange, now = clockNow()): Promise<ShopRule[]> {
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
  action: RuleChangeAction,
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
export async function resetShopRules(db: DB, shop: ShopRow, ruleId?: string, now = clockNow()): Promise<ShopRule[]> {
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

/** A shop's rule changes, newest first; one rule's with `ruleId`. */
export function getRuleHistory(db: DB, shop: ShopRow, ruleId?: string): Promise<RuleChangeRow[]> {
  return listRuleChanges(db, shop.id, ruleId);
}

/** Stores a back-end figure (replacing one for the same date). */
export async function addBackEndFigure(db: DB, shop: ShopRow, f: BackEndFigureInput, now = clockNow()): Promise<void> {
  await addCalibrationEntry(db, {
    shopId: shop.id,
    day: f.date,
    count: f.count,
    rate: f.rate,
    createdAt: chinaWallClock(now),
  });
}

/**
 * Keeps a definition for the shop: the one given, or 'best' (the one that agrees best with the
 * figures entered). Returns the definition kept; null when 'best' has no figures to go on.
 */
export async function keepDefinition(db: DB, shop: ShopRow, def: Definition | 'best'): Promise<Definition | null> {
  let basis: Definition;
  if (def === 'best') {
    const best = (await calibrationInfo(db, shop.id, shopBasis(shop))).best;
    if (!best) return null;
    basis = { orders: best.orders, interventions: best.interventions };
  } else basis = def;
  await setShopBasis(db, shop.id, basis);
  return basis;
}
