import type { DB } from '../connection';

export async function deleteExpiredAdminSessions(db: DB, now: string) {
  await db.deleteFrom('admin_sessions').where('expires_at', '<=', now).execute();
}
