import type { DB } from '../connection';

/**
 * Deletes a shop; its orders, cases, days, rules, imports, links and alert channels go with it
 * (foreign keys cascade). What channels for every shop were told about it, and their deliveries
 * about it, name the shop only by id (no foreign key): they go here, in the same transaction.
 */
export async function deleteShop(db: DB, shopId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('alert_state').where('shop_id', '=', shopId).execute();
    await trx.deleteFrom('alert_deliveries').where('shop_id', '=', shopId).execute();
    const r = await trx.deleteFrom('shops').where('id', '=', shopId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  });
}
