import type { DB } from '../connection';

/** A shop's links, newest first, without their hashes. */
export async function listShareLinksOfShop(db: DB, shopId: number) {
  return db
    .selectFrom('share_links')
    .select([
      'id',
      'label',
      'range_kind',
      'range_days',
      'range_from',
      'range_to',
      'expires_at',
      'password_hash',
      'include_orders',
      'created_at',
      'revoked_at',
      'views',
      'last_viewed_at',
    ])
    .where('shop_id', '=', shopId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}
