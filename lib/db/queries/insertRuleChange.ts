import type { DB } from '../connection';
import type { RuleChangeAction } from '../schema';

/** Records one change to a shop's rule (numbers before and after, as JSON). */
export async function insertRuleChange(
  db: DB,
  c: { shopId: number; presetId: string; at: string; action: RuleChangeAction; before: object; after: object },
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
