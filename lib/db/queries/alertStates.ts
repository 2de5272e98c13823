import type { DB } from '../connection';

/** What a channel was last told about a shop: topic -> value. */
export async function alertStates(db: DB, channelId: number, shopId: number): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('alert_state')
    .select(['topic', 'value'])
    .where('channel_id', '=', channelId)
    .where('shop_id', '=', shopId)
    .execute();
  return new Map(rows.map((r) => [r.topic, r.value]));
}
