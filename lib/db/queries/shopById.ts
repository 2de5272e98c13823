import type { DB } from '../connection';

/** Pages address a shop by its id, so names with any characters stay out of URLs. */
export async function findShopById(db: DB, id: number) {
  return db.selectFrom('shops').selectAll().where('id', '=', id).executeTakeFirst();
}
