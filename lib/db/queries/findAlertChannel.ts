import type { AlertChannelRow } from '../alertSchema';
import type { DB } from '../connection';

export async function findAlertChannel(db: DB, id: number): Promise<AlertChannelRow | null> {
  return (await db.selectFrom('alert_channels').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}
