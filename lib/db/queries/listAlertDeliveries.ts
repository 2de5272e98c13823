import type { AlertDeliveryRow } from '../alertSchema';
import type { DB } from '../connection';

/** A channel's latest deliveries, newest first. */
export function listAlertDeliveries(db: DB, channelId: number, limit = 20): Promise<AlertDeliveryRow[]> {
  return db
    .selectFrom('alert_deliveries')
    .selectAll()
    .where('channel_id', '=', channelId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
