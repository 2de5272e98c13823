import type { DB } from '../db/connection';
import { countAuthAttempts } from '../db/queries/countAuthAttempts';
import { deleteAuthAttempt } from '../db/queries/deleteAuthAttempt';
import { insertAuthAttempt } from '../db/queries/insertAuthAttempt';
import { pruneAuthAttempts } from '../db/queries/pruneAuthAttempts';

export interface AttemptLimit {
  max: number;
  windowMs: number;
}

/** Five wrong passwords per link per 15 minutes: a person mistyping is fine, a guesser is not. */
export const LINK_PASSWORD_LIMIT: AttemptLimit = { max: 5, windowMs: 15 * 60_000 };
export const ADMIN_PASSWORD_LIMIT: AttemptLimit = { max: 10, windowMs: 15 * 60_000 };

export const linkScope = (linkId: string) => `link:${linkId}`;
export const ADMIN_SCOPE = 'admin';

export type AttemptTicket =
  | { allowed: true; id: number; remaining: number }
  | { allowed: false; retryAt: Date };

export interface AttemptStatus {
  used: number;
  remaining: number;
  locked: boolean;
  retryAt: Date | null;
}

export async function attemptStatus(db: DB, scope: string, now: Date, limit: AttemptLimit): Promise<AttemptStatus> {
  const since = new Date(now.getTime() - limit.windowMs).toISOString();
  const { n, oldest } = await countAuthAttempts(db, scope, since);
  const locked = n >= limit.max;
  return {
    used: n,
    remaining: Math.max(0, limit.max - n),
    locked,
    retryAt: locked && oldest ? new Date(new Date(oldest).getTime() + limit.windowMs) : null,
  };
}

/**
 * Takes an attempt before the password is checked, so that parallel guesses cannot all slip in
 * under the limit while their scrypt runs: each one is counted first. A right password gives its
 * ticket back with `forgiveAttempt`; a wrong one leaves it counted.
 */
export async function beginAttempt(db: DB, scope: string, now: Date, limit: AttemptLimit): Promise<AttemptTicket> {
  const since = new Date(now.getTime() - limit.windowMs).toISOString();
  await pruneAuthAttempts(db, scope, since);
  const id = await insertAuthAttempt(db, scope, now.toISOString());
  const { n, oldest } = await countAuthAttempts(db, scope, since);
  if (n > limit.max) {
    await deleteAuthAttempt(db, id);
    const retryAt = new Date(new Date(oldest ?? now.toISOString()).getTime() + limit.windowMs);
    return { allowed: false, retryAt };
  }
  return { allowed: true, id, remaining: limit.max - n };
}

export async function forgiveAttempt(db: DB, id: number): Promise<void> {
  await deleteAuthAttempt(db, id);
}
