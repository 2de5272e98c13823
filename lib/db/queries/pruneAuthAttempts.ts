import type { DB } from '../connection';

/** Attempts at or before `before` count for nothing; dropping them (every scope) keeps the table small. */
export async function pruneAuthAttempts(db: DB, before: string) {
  await db.deleteFrom('auth_attempts').where('at', '<=', before).execute();
}
