import { getConnection } from '@/lib/db/connection';
import { findShopById } from '@/lib/db/queries/shopById';

/** The shop a `[id]` segment names, or null for anything that is not a stored shop's id. */
export async function shopFromParam(id: string) {
  if (!/^\d{1,12}$/.test(id)) return null;
  const { db } = await getConnection();
  return (await findShopById(db, Number(id))) ?? null;
}
