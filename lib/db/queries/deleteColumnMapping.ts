import type { DB } from '../connection';

/**
 * Removes one saved mapping, of the given shop (null: of whichever shop holds it, as
 * `redline mappings remove --id N` names it); false when there is no such mapping.
 */
export async function deleteColumnMapping(db: DB, shopId: number | null, id: number): Promise<boolean> {
  let q = db.deleteFrom('column_mappings').where('id', '=', id);
  if (shopId !== null) q = q.where('shop_id', '=', shopId);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
