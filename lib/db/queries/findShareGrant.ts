import type { DB } from '../connection';

export async function findShareGrant(db: DB, tokenHash: string) {
  return db.selectFrom('share_grants').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
