import type { DB } from '../db/connection';
import { type AttemptStats, authAttemptStats } from '../db/queries/authAttemptStats';
import { deleteAuthAttempt } from '../db/queries/deleteAuthAttempt';
import { insertAuthAttempt } from '../db/queries/insertAuthAttempt';
import { pruneAuthAttempts } from '../db/queries/pruneAuthAttempts';

/**
 * Wrong passwords slow the next try down instead of locking anyone out. After `free` wrong tries
 * (from one address, or from everyone together) the next try must wait `baseMs`, doubling with
 * each further wrong try up to `capMs`. A try that comes too early is answered "wait" without the
 * password being looked at, and is not counted, so it never pushes the wait further.
 *
 * The cap is what keeps the admin in: however many wrong tries anyone made, once they stop, the
 * right password works again within `capMs`, from any address. A guesser gets one try per `capMs`
 * per scope at best, from however many addresses.
 */
export interface ThrottlePolicy {
  perAddressFree: number;
  overallFree: number;
  baseMs: number;
  capMs: number;
  /** Wrong tries older than this are forgotten. */
  windowMs: number;
}

export const PASSWORD_THROTTLE: ThrottlePolicy = {
  perAddressFree: 3,
  overallFree: 10,
  baseMs: 1000,
  capMs: 60_000,
  windowMs: 15 * 60_000,
};

export const linkScope = (linkId: string) => `link:${linkId}`;
export const ADMIN_SCOPE = 'admin';

/** How long to wait after the latest of `failures` wrong tries. */
export function delayAfter(failures: number, free: number, policy: ThrottlePolicy = PASSWORD_THROTTLE): number {
  if (failures < free) return 0;
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - free, 30));
}

function waitUntil(s: AttemptStats, free: number, policy: ThrottlePolicy): number {
  return s.last ? Date.parse(s.last) + delayAfter(s.n, free, policy) : 0;
}

/** When the next try from `address` may be checked (null: now). */
export async function nextTryAt(
  db: DB,
  scope: string,
  address: string,
  now: Date,
  policy: ThrottlePolicy = PASSWORD_THROTTLE,
): Promise<Date | null> {
  const since = new Date(now.getTime() - policy.windowMs).toISOString();
  const { overall, mine } = await authAttemptStats(db, scope, address, since);
  const at = Math.max(waitUntil(overall, policy.overallFree, policy), waitUntil(mine, policy.perAddressFree, policy));
  return at > now.getTime() ? new Date(at) : null;
}

export type AttemptTicket = { allowed: true; id: number } | { allowed: false; retryAt: Date };

/**
 * Takes a try before the password is checked: counted first (as wrong), inside one transaction, so
 * parallel guesses cannot all slip in while their scrypt runs. A right password gives its ticket
 * back with `forgiveAttempt`; a wrong one stays counted.
 */
export async function beginAttempt(
  db: DB,
  scope: string,
  address: string,
  now: Date,
  policy: ThrottlePolicy = PASSWORD_THROTTLE,
): Promise<AttemptTicket> {
  return db.transaction().execute(async (trx) => {
    await pruneAuthAttempts(trx, new Date(now.getTime() - policy.windowMs).toISOString());
    const retryAt = await nextTryAt(trx, scope, address, now, policy);
    if (retryAt) return { allowed: false, retryAt };
    const id = await insertAuthAttempt(trx, scope, address, now.toISOString());
    return { allowed: true, id };
  });
}

export async function forgiveAttempt(db: DB, id: number): Promise<void> {
  await deleteAuthAttempt(db, id);
}

/** Whole seconds to wait, at least 1, for the "try again in N s" message. */
export function secondsUntil(at: Date, now: Date): number {
  return Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));
}
