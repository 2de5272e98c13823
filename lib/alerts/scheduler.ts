/**
 * Alerts on a schedule inside the server (`npm start`): a tick every minute sends the digests
 * whose time has come and, once an hour, checks every shop for changes. Several app instances on
 * one database each tick, and a lease in the database lets one of them send: the others find it
 * taken and skip the tick; what was sent is remembered in the database, so the next holder does
 * not repeat it. `redline alerts run` and the run after an import take the same lease.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { DB } from '../db/connection';
import { releaseAlertLease, takeAlertLease } from '../db/queries/alertLease';
import { alertStates } from '../db/queries/alertStates';
import { listAlertChannels } from '../db/queries/listAlertChannels';
import { chinaWallClock, clockNow } from '../time/china';
import type { DeliveryOptions } from './deliver';
import { digestPending, type RunOptions, type RunSummary, runAlerts } from './run';

const LEASE = 'alerts';
/**
 * Longer than one delivery can take (a timeout and three retries: about a minute), renewed before
 * each, so a pass keeps it as long as it sends; short, so the lease of a process that died in a
 * pass (a restart while a robot was down) keeps every instance from sending for minutes, not half
 * an hour. A pass that outlived it between two messages finds it lost and stops.
 */
export const LEASE_MS = 5 * 60_000;
/** A minute; REDLINE_ALERT_TICK_MS shortens it (tests of a running server), never under a second. */
const tickMs = () => Math.max(1000, Number(process.env.REDLINE_ALERT_TICK_MS) || 60_000);

/** This process's name on the lease. */
export const instanceId = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

let passes = 0;

/**
 * Runs a pass while holding the lease; null when another pass holds it. Each pass holds it under
 * its own name (the instance's, numbered): the minute's tick and an import's pass in one server are
 * two passes, and the lease lets a holder take it again, so under one name both would send.
 */
export async function runExclusive(
  db: DB,
  opts: RunOptions = {},
  instance: string = instanceId,
): Promise<RunSummary | null> {
  const now = opts.now ?? clockNow();
  const holder = `${instance}#${++passes}`;
  // No channel: nothing to send, and no write (an import or a tick without alerts stays as it was).
  if (!(await listAlertChannels(db)).some((c) => !c.paused)) return { shops: 0, sent: 0, failed: 0 };
  // The lease is judged by the real clock: a frozen "now" (tests, REDLINE_NOW) must not keep it forever.
  const take = () => {
    const real = Date.now();
    return takeAlertLease(db, LEASE, holder, new Date(real).toISOString(), new Date(real + LEASE_MS).toISOString());
  };
  if (!(await take())) return null;
  try {
    // Renewed before each message: a pass longer than the lease (many robots down, each tried
    // for a minute) keeps it, and one that lost it stops.
    return await runAlerts(db, { ...opts, now, keepLease: take });
  } finally {
    await releaseAlertLease(db, LEASE, holder);
  }
}

export interface Ticker {
  /** The China hour ("YYYY-MM-DD HH") of the last hourly check. */
  lastHour: string | null;
}

/**
 * One tick at `now`: the hourly check when the hour is new (also on the first tick), and the
 * digests that are due. Nothing to do (no channel) costs one query and takes no lease.
 */
export async function tick(
  db: DB,
  now: Date,
  ticker: Ticker,
  holder: string = instanceId,
  delivery?: DeliveryOptions,
): Promise<RunSummary | null> {
  const channels = (await listAlertChannels(db)).filter((c) => !c.paused);
  if (!channels.length) return null;
  const hour = chinaWallClock(now).slice(0, 13);
  const hourly = ticker.lastHour !== hour;
  // A digest whose time has come and that was not sent today: read first, so that the minutes
  // between two hours take no lease (a write) when there is nothing to send.
  let digestDue = false;
  for (const c of channels)
    if (c.digest_at !== null && digestPending(c, await alertStates(db, c.id, 0), now)) digestDue = true;
  if (!hourly && !digestDue) return null;
  const r = await runExclusive(db, { now, digest: true, delivery, ...(hourly ? {} : { shopIds: [] }) }, holder);
  if (r && hourly) ticker.lastHour = hour;
  return r;
}

/** Starts the ticks (REDLINE_ALERTS=off leaves them off); returns what stops them. */
export function startAlertScheduler(db: () => Promise<DB>): () => void {
  if (process.env.REDLINE_ALERTS === 'off') return () => undefined;
  const ticker: Ticker = { lastHour: null };
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await tick(await db(), clockNow(), ticker);
    } catch (e) {
      console.error('alerts:', (e as Error).message);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, Math.min(5_000, tickMs()));
  const every = setInterval(run, tickMs());
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
