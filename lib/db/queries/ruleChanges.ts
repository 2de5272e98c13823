import type { DB } from '../connection';

export interface RuleChangeRow {
  id: number;
  presetId: string;
  at: string;
  action: 'set' | 'reset';
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Records one change to a shop's rule (numbers before and after, as JSON). */
export async function insertRuleChange(
  db: DB,
  c: { shopId: number; presetId: string; at: string; action: 'set' | 'reset'; before: object; after: object },
): Promise<void> {
  await db
    .insertInto('rule_changes')
    .values({
      shop_id: c.shopId,
      preset_id: c.presetId,
      at: c.at,
      action: c.action,
      before_json: JSON.stringify(c.before),
      after_json: JSON.stringify(c.after),
    })
    .execute();
}

/** A shop's rule changes, newest first; one rule's when `presetId` is given. */
export async function listRuleChanges(
  db: DB,
  shopId: number,
  presetId?: string,
  limit = 200,
): Promise<RuleChangeRow[]> {
  let q = db.selectFrom('rule_changes').selectAll().where('shop_id', '=', shopId);
  if (presetId) q = q.where('preset_id', '=', presetId);
  const rows = await q.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    presetId: r.preset_id,
    at: r.at,
    action: r.action === 'reset' ? 'reset' : 'set',
    before: JSON.parse(r.before_json) as Record<string, unknown>,
    after: JSON.parse(r.after_json) as Record<string, unknown>,
  }));
}
