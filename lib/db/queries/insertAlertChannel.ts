import type { Insertable } from 'kysely';
import type { AlertChannelTable } from '../alertSchema';
import type { DB } from '../connection';

export async function insertAlertChannel(db: DB, row: Insertable<AlertChannelTable>): Promise<number> {
  const r = await db.insertInto('alert_channels').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}
