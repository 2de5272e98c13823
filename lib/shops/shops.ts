/**
 * Finding and removing shops. Pages and routes address a shop by its id; a name (typed by a
 * person, or `--shop` on the command line) is looked up once and the row handed on.
 */
import type { DB } from '../db/connection';
import { countStored as countStoredRows } from '../db/queries/countStored';
import { deleteShop as deleteShopRow } from '../db/queries/deleteShop';
import { listShops as listShopRows } from '../db/queries/listShops';
import { findShopById } from '../db/queries/shopById';
import { findShopByName } from '../db/queries/shops';
import { reclaimSpace, shopBytes } from '../db/queries/storage';
import type { ShopRow } from '../db/schema';

export type { ShopRow } from '../db/schema';

export async function shopById(db: DB, id: number): Promise<ShopRow | null> {
  return (await findShopById(db, id)) ?? null;
}

/** By name, or a look-alike of it ("红线\u200b店" finds "红线店"). */
export async function shopByName(db: DB, name: string): Promise<ShopRow | null> {
  return (await findShopByName(db, name)) ?? null;
}

/** Every shop, by name. */
export function listShops(db: DB): Promise<ShopRow[]> {
  return listShopRows(db);
}

/** How many shops and orders are stored (home page). */
export function countStored(db: DB): Promise<{ shops: number; orders: number }> {
  return countStoredRows(db);
}

/**
 * Deletes a shop with everything of it (orders, cases, days, rules, imports, links), and gives
 * the space back to the disk. A merge in progress finishes first: the delete waits for the write lock.
 */
export async function deleteShop(db: DB, shop: Pick<ShopRow, 'id'>): Promise<boolean> {
  const gone = await deleteShopRow(db, shop.id);
  if (gone) await reclaimSpace(db);
  return gone;
}

/** About how many bytes of the database the shop's rows take (settings, before deleting it). */
export function shopStorage(db: DB, shop: Pick<ShopRow, 'id'>): Promise<number> {
  return shopBytes(db, shop.id);
}
