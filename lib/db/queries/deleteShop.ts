import type { DB } from '../connection';

/** Deletes a shop; its orders, cases, days, rules, imports and links go with it (foreign keys cascade). */
export async function deleteShop(db: DB, shopId: number): Promise<boolean> {
  const r = await db.deleteFrom('shops').where('id', '=', shopId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
