import type { Updateable } from 'kysely';
import type { AlertChannelTable } from '../alertSchema';
import type { DB } from '../connection';

/** Pauses, resumes or changes what a channel is told; false when there is no such channel. */
export async function updateAlertChannel(
  db: DB,
  id: number,
  patch: Omit<Updateable<AlertChannelTable>, 'id' | 'created_at'>,
): Promise<boolean> {
  const r = await db.updateTable('alert_channels').set(patch).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
