/**
 * The shops a request reads, loaded once per request (React `cache`): the `[id]` layout and its
 * page both ask for the shop, and the database is asked once.
 */
import 'server-only';
import { cache } from 'react';
import { getConnection } from '@/lib/db/connection';
import { rowId } from '@/lib/input/fields';
import { listShops, type ShopRow, shopById } from '@/lib/shops/shops';

/** The shop a `[id]` segment names, or null for anything that is not a stored shop's id. */
export const shopFromParam = cache(async (id: string): Promise<ShopRow | null> => {
  const parsed = rowId.safeParse(id);
  if (!parsed.success) return null;
  const { db } = await getConnection();
  return shopById(db, parsed.data);
});

/** Every shop, by name (the switcher, the import form, home). */
export const allShops = cache(async (): Promise<ShopRow[]> => listShops((await getConnection()).db));
