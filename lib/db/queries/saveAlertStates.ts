import type { DB } from '../connection';

/** Records what a channel has now told about a shop, topic by topic, in one transaction. */
export async function saveAlertStates(
  db: DB,
  channelId: number,
  shopId: number,
  values: ReadonlyMap<string, string>,
  at: string,
): Promise<void> {
  if (!values.size) return;
  await db.transaction().execute(async (trx) => {
    for (const [topic, value] of values)
      await trx
        .insertInto('alert_state')
        .values({ channel_id: channelId, shop_id: shopId, topic, value, updated_at: at })
        .onConflict((oc) => oc.columns(['channel_id', 'shop_id', 'topic']).doUpdateSet({ value, updated_at: at }))
        .execute();
  });
}
