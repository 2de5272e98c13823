import type { Insertable } from 'kysely';
import type { AlertDeliveryTable } from '../alertSchema';
import type { DB } from '../connection';

/** Keeps this many deliveries per channel: the log is for reading what happened lately. */
const KEEP = 200;

export async function insertAlertDelivery(db: DB, row: Insertable<AlertDeliveryTable>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('alert_deliveries').values(row).execute();
    const old = await trx
      .selectFrom('alert_deliveries')
      .select('id')
      .where('channel_id', '=', row.channel_id)
      .orderBy('id', 'desc')
      .offset(KEEP)
      .limit(1)
      .executeTakeFirst();
    if (old)
      await trx
        .deleteFrom('alert_deliveries')
        .where('channel_id', '=', row.channel_id)
        .where('id', '<=', old.id)
        .execute();
  });
}
