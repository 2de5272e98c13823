import type { DB } from '../connection';

/** Attempts of a scope at or after `since` (ISO), and the oldest of them. */
export async function countAuthAttempts(db: DB, scope: string, since: string) {
  const r = await db
    .selectFrom('auth_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where('scope', '=', scope)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { n: Number(r.n), oldest: (r.oldest as string | null) ?? null };
}
