import type { DB } from '../connection';

export async function findAdminSession(db: DB, tokenHash: string) {
  return db.selectFrom('admin_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
