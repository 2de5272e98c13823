import type { DB } from '../connection';

/** Removes a channel with its state and delivery log; false when there was none. */
export async function deleteAlertChannel(db: DB, id: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('alert_state').where('channel_id', '=', id).execute();
    await trx.deleteFrom('alert_deliveries').where('channel_id', '=', id).execute();
    const r = await trx.deleteFrom('alert_channels').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  });
}
