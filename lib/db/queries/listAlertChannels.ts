import type { AlertChannelRow } from '../alertSchema';
import type { DB } from '../connection';

/** Every channel, or those that speak for one shop (its own and the ones for every shop), oldest first. */
export function listAlertChannels(db: DB, shopId?: number): Promise<AlertChannelRow[]> {
  let q = db.selectFrom('alert_channels').selectAll();
  if (shopId !== undefined) q = q.where((eb) => eb.or([eb('shop_id', '=', shopId), eb('shop_id', 'is', null)]));
  return q.orderBy('id').execute();
}
