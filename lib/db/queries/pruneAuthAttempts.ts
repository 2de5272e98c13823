import type { DB } from '../connection';
import { takeTurns } from '../dialect';

/**
 * Attempts at or before `before` count for nothing; dropping them (every scope) keeps the table small.
 * The throttle's transaction begins here, so parallel guesses are counted one after another on
 * PostgreSQL too (SQLite's one writer already does that).
 */
export async function pruneAuthAttempts(db: DB, before: string) {
  await takeTurns(db, 'passwordTries');
  await db.deleteFrom('auth_attempts').where('at', '<=', before).execute();
}
