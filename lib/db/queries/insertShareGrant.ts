import type { DB } from '../connection';
import type { ShareGrantTable } from '../schema';

export async function insertShareGrant(db: DB, row: ShareGrantTable) {
  await db.insertInto('share_grants').values(row).execute();
}
