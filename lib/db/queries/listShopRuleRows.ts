import type { DB } from '../connection';
import type { ShopRuleTable } from '../schema';

/** A shop's stored rule settings (presets it never changed have no row). */
export async function listShopRuleRows(db: DB, shopId: number): Promise<ShopRuleTable[]> {
  return db.selectFrom('shop_rules').selectAll().where('shop_id', '=', shopId).orderBy('preset_id').execute();
}
