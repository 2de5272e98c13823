import { normalizeShopName } from '../../shops/name';
import type { DB } from '../connection';

/** By name in its normal form: a look-alike spelling (full-width, a zero-width space) finds the same shop. */
export async function findShopByName(db: DB, name: string) {
  return db.selectFrom('shops').selectAll().where('name', '=', normalizeShopName(name)).executeTakeFirst();
}

/** Stored in normal form; the unique name then refuses a look-alike of an existing shop. */
export async function createShop(db: DB, name: string, platform: string, createdAt: string) {
  const normal = normalizeShopName(name);
  if (!normal) throw new Error('empty shop name');
  const r = await db.insertInto('shops').values({ name: normal, platform, created_at: createdAt }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function listShops(db: DB) {
  return db.selectFrom('shops').selectAll().orderBy('name').execute();
}

export async function countStored(db: DB) {
  const shops = await db.selectFrom('shops').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const orders = await db.selectFrom('orders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { shops: Number(shops.n), orders: Number(orders.n) };
}
