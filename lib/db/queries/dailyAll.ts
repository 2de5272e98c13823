import type { DB } from '../connection';

/** The whole daily table of a shop, every definition (calibration compares them). */
export async function dailyAll(db: DB, shopId: number, from: string, to: string) {
  return db
    .selectFrom('daily')
    .selectAll()
    .where('shop_id', '=', shopId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}
