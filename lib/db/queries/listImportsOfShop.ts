import type { DB } from '../connection';

/** A shop's imports, newest first: file, when, rows, outcome. */
export async function listImportsOfShop(db: DB, shopId: number, limit = 200) {
  return db
    .selectFrom('imports')
    .selectAll()
    .where('shop_id', '=', shopId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
