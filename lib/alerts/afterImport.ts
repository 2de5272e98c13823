/**
 * The alert pass after an import (the page's and the command line's): only the shops the import
 * touched, one attempt per robot with a short timeout, so a robot that is down never holds the
 * import up; a failed delivery is in the log and its change stays untold, for the hourly check
 * to send with its full retries. Never throws: an import's outcome does not depend on a robot.
 */
import type { DB } from '../db/connection';
import type { DeliveryOptions } from './deliver';
import { runExclusive } from './scheduler';

const QUICK: DeliveryOptions = { timeoutMs: 5_000, backoffMs: [] };
/** Waits for another instance's pass this many times, a second apart, before leaving it to the hourly check. */
const LEASE_TRIES = 5;

export async function alertAfterImport(
  db: DB,
  shopIds: readonly (number | null)[],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  const ids = [...new Set(shopIds.filter((id): id is number => id !== null))];
  if (!ids.length) return;
  try {
    for (let i = 0; i < LEASE_TRIES; i++) {
      if (i > 0) await sleep(1000);
      if (await runExclusive(db, { shopIds: ids, delivery: QUICK })) return;
    }
  } catch (e) {
    console.error('alerts after import:', (e as Error).message);
  }
}
