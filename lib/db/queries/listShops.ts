import type { DB } from '../connection';

/** Every shop, by name. */
export async function listShops(db: DB) {
  return db.selectFrom('shops').selectAll().orderBy('name').execute();
}
