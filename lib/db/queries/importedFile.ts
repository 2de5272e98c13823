import type { DB } from '../connection';

/**
 * The import of these very bytes into the shop, when nothing has been imported over it since: the
 * same file again would change nothing. After a later import of the same kind (which may have
 * changed some of its rows) the file is imported again, so that its values count once more.
 */
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
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('imports as later')
            .select('later.id')
            .whereRef('later.shop_id', '=', 'imports.shop_id')
            .whereRef('later.kind', '=', 'imports.kind')
            .whereRef('later.id', '>', 'imports.id')
            .where('later.outcome', '=', 'imported'),
        ),
      ),
    )
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return r && { id: r.id, finishedAt: r.finished_at };
}
