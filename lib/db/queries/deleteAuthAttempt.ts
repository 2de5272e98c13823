import type { DB } from '../connection';

export async function deleteAuthAttempt(db: DB, id: number) {
  await db.deleteFrom('auth_attempts').where('id', '=', id).execute();
}
