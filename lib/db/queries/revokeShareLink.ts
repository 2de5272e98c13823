import type { DB } from '../connection';

/** Marks a link revoked (the first time only) and drops the cookies its password handed out. */
export async function revokeShareLink(db: DB, id: string, at: string): Promise<'revoked' | 'already' | 'missing'> {
  return db.transaction().execute(async (tx) => {
    const link = await tx.selectFrom('share_links').select(['revoked_at']).where('id', '=', id).executeTakeFirst();
    if (!link) return 'missing';
    await tx.deleteFrom('share_grants').where('link_id', '=', id).execute();
    if (link.revoked_at) return 'already';
    await tx.updateTable('share_links').set({ revoked_at: at }).where('id', '=', id).execute();
    return 'revoked';
  });
}
