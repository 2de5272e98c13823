import type { DB } from '../connection';

export async function findShopByName(db: DB, name: string) {
  return db.selectFrom('shops').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function createShop(db: DB, name: string, platform: string, createdAt: string) {
  const r = await db.insertInto('shops').values({ name, platform, created_at: createdAt }).returning('id').executeTakeFirstOrThrow();
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
