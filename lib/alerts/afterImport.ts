/**
 * The alert pass after an import (the page's and the command line's): only the shops the import
 * touched, one attempt per robot, and a bounded wait in all (not a timeout per robot, which a
 * merchant with several groups would pay several times), so a robot that is down never holds the
 * import up; a delivery that failed or was not tried in time leaves its change untold, for the
 * hourly check to send with its full retries. Never throws: an import's outcome does not depend on
 * a robot.
 */
import type { DB } from '../db/connection';
import { runExclusive } from './scheduler';

export interface AfterImportOptions {
  /** One attempt's timeout. */
  timeoutMs?: number;
  /** The whole pass, waits for another instance's lease included. */
  budgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Waits for another instance's pass this many times, a second apart, before leaving it to the hourly check. */
const LEASE_TRIES = 5;

export async function alertAfterImport(
  db: DB,
  shopIds: readonly (number | null)[],
  opts: AfterImportOptions = {},
): Promise<void> {
  const ids = [...new Set(shopIds.filter((id): id is number => id !== null))];
  if (!ids.length) return;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const deadline = Date.now() + (opts.budgetMs ?? 10_000);
  const delivery = { timeoutMs: opts.timeoutMs ?? 5_000, backoffMs: [] };
  try {
    for (let i = 0; i < LEASE_TRIES; i++) {
      if (i > 0) {
        if (Date.now() + 1000 >= deadline) return;
        await sleep(1000);
      }
      if (await runExclusive(db, { shopIds: ids, delivery, deadline })) return;
    }
  } catch (e) {
    console.error('alerts after import:', (e as Error).message);
  }
}
