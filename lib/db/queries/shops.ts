import { normalizeShopName, shopNameKey } from '../../shops/name';
import { isPlatformId } from '../../types';
import type { DB } from '../connection';

/**
 * By name, or failing that by look-alike (same NFKC key, invisible characters aside): "红线\u200b店"
 * and "Ｓｈｏｐ" find "红线店" and "Shop". Shops are few; the fallback reads their names only.
 */
export async function findShopByName(db: DB, name: string) {
  const exact = await db.selectFrom('shops').selectAll().where('name', '=', normalizeShopName(name)).executeTakeFirst();
  if (exact) return exact;
  const key = shopNameKey(name);
  const names = await db.selectFrom('shops').select(['id', 'name']).execute();
  const match = names.find((s) => shopNameKey(s.name) === key);
  return match ? db.selectFrom('shops').selectAll().where('id', '=', match.id).executeTakeFirst() : undefined;
}

/** Stored in normal form; a look-alike of an existing shop is refused as a duplicate. */
export async function createShop(db: DB, name: string, platform: string, createdAt: string) {
  const normal = normalizeShopName(name);
  if (!normal) throw new Error('empty shop name');
  if (!isPlatformId(platform)) throw new Error(`unknown platform "${platform}"`);
  if (await findShopByName(db, normal)) throw new Error(`UNIQUE: a shop named like "${normal}" exists`);
  const r = await db
    .insertInto('shops')
    .values({ name: normal, platform, created_at: createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
