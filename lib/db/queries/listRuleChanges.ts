import type { DB } from '../connection';
import type { RuleChangeAction } from '../schema';

export interface RuleChangeRow {
  id: number;
  presetId: string;
  at: string;
  action: RuleChangeAction;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
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
    action: r.action,
    before: JSON.parse(r.before_json) as Record<string, unknown>,
    after: JSON.parse(r.after_json) as Record<string, unknown>,
  }));
}
