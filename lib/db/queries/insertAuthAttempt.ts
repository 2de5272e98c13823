import type { DB } from '../connection';

export async function insertAuthAttempt(db: DB, scope: string, address: string, at: string): Promise<number> {
  const r = await db
    .insertInto('auth_attempts')
    .values({ scope, address, at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
