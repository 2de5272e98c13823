import type { Insertable } from 'kysely';
import type { DB } from '../connection';
import type { ShareLinkTable } from '../schema';

export async function insertShareLink(db: DB, row: Insertable<ShareLinkTable>) {
  await db.insertInto('share_links').values(row).execute();
}
