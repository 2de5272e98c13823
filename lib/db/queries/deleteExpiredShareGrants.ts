import type { DB } from '../connection';

export async function deleteExpiredShareGrants(db: DB, now: string) {
  await db.deleteFrom('share_grants').where('expires_at', '<=', now).execute();
}
