import type { DB } from '../connection';

/** The link a token opens, with its shop's name; revoked and expired ones too (the caller decides). */
export async function findShareLinkByTokenHash(db: DB, tokenHash: string) {
  return db
    .selectFrom('share_links')
    .innerJoin('shops', 'shops.id', 'share_links.shop_id')
    .selectAll('share_links')
    .select(['shops.name as shop_name', 'shops.platform as shop_platform'])
    .where('share_links.token_hash', '=', tokenHash)
    .executeTakeFirst();
}
