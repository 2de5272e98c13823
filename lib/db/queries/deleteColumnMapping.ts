import type { DB } from '../connection';

/** Removes one of a shop's saved mappings; false when the shop has no such mapping. */
export async function deleteColumnMapping(db: DB, shopId: number, id: number): Promise<boolean> {
  const r = await db
    .deleteFrom('column_mappings')
    .where('id', '=', id)
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
