import type { DB } from '../connection';

/** The latest import of a file with these bytes (its sha256) into a shop, if it was imported. */
export async function importedFile(
  db: DB,
  shopId: number,
  sha256: string,
): Promise<{ id: number; finishedAt: string } | undefined> {
  const r = await db
    .selectFrom('imports')
    .select(['id', 'finished_at'])
    .where('shop_id', '=', shopId)
    .where('sha256', '=', sha256)
    .where('outcome', '=', 'imported')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return r && { id: r.id, finishedAt: r.finished_at };
}
