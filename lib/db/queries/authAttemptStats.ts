import type { DB } from '../connection';

export interface AttemptStats {
  n: number;
  /** The latest attempt (ISO), or null. */
  last: string | null;
}

/** Wrong tries of a scope after `since` (ISO): in all, and from one address. */
export async function authAttemptStats(
  db: DB,
  scope: string,
  address: string,
  since: string,
): Promise<{ overall: AttemptStats; mine: AttemptStats }> {
  const r = await db
    .selectFrom('auth_attempts')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('at').as('last'),
      eb.fn.sum<number>(eb.case().when('address', '=', address).then(1).else(0).end()).as('mine_n'),
      eb.fn.max(eb.case().when('address', '=', address).then(eb.ref('at')).else(null).end()).as('mine_last'),
    ])
    .where('scope', '=', scope)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return {
    overall: { n: Number(r.n), last: (r.last as string | null) ?? null },
    mine: { n: Number(r.mine_n ?? 0), last: (r.mine_last as string | null) ?? null },
  };
}
