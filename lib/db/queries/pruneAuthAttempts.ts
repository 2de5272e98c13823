import type { DB } from '../connection';

/** Attempts older than the window count for nothing; dropping them keeps the table small. */
export async function pruneAuthAttempts(db: DB, scope: string, before: string) {
  await db.deleteFrom('auth_attempts').where('scope', '=', scope).where('at', '<=', before).execute();
}
