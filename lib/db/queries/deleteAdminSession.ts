import type { DB } from '../connection';

export async function deleteAdminSession(db: DB, tokenHash: string) {
  await db.deleteFrom('admin_sessions').where('token_hash', '=', tokenHash).execute();
}
