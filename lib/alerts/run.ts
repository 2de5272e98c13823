/**
 * One pass: for every active channel and every shop it speaks for, what changed since the channel
 * was last told, in one message per shop; and the daily digest when it is due. Each shop's report
 * is read once per pass, whatever the number of channels. A failed delivery is logged (with the
 * robot's message) and its change kept untold, so the next pass tries again; nothing here throws
 * for a robot that is down.
 */
import type { AlertChannelRow } from '../db/alertSchema';
import type { DB } from '../db/connection';
import { alertStates } from '../db/queries/alertStates';
import { insertAlertDelivery } from '../db/queries/insertAlertDelivery';
import { listAlertChannels } from '../db/queries/listAlertChannels';
import { saveAlertStates } from '../db/queries/saveAlertStates';
import type { ShopRow } from '../db/schema';
import { publicBaseUrl } from '../http/hosts';
import { getShopReport } from '../report/shopReport';
import { listShops } from '../shops/shops';
import { chinaToday, chinaWallClock, clockNow } from '../time/china';
import { DEFAULT_TIMEOUT_MS, type DeliveryOptions, type DeliveryResult, deliver } from './deliver';
import { evaluate } from './evaluate';
import { type ShopFacts, shopFacts } from './facts';
import { type AlertMessage, changeMessage, digestMessage } from './message';
import type { PlainEvent } from './payload';

export interface RunOptions {
  /** Only these shops (after an import: the shops it touched). */
  shopIds?: readonly number[];
  now?: Date;
  delivery?: DeliveryOptions;
  /** Send the digest of channels whose time has come today (the scheduler's passes). */
  digest?: boolean;
  /**
   * Asked before each message: renews the sending lease, false when another instance has it now
   * (this pass outlived its lease). The pass then stops, so the two never tell a group the same.
   */
  keepLease?: () => Promise<boolean>;
  /**
   * When the pass must end (epoch ms, the real clock): a message is begun only when one attempt
   * ends by then, and it has no retries. What is not told stays for the next pass.
   */
  deadline?: number;
}

export interface RunSummary {
  shops: number;
  sent: number;
  failed: number;
}

/** The address merchants open the dashboard at: REDLINE_PUBLIC_URL, as share links use it. */
const publicBase = () => publicBaseUrl();

const linkFor = (channel: AlertChannelRow, shopId: number | null) =>
  channel.link_url ?? `${publicBase()}${shopId === null ? '/' : `/shops/${shopId}`}`;

/** Sends one message and logs the delivery; the result says whether the robot took it. */
export async function sendAndLog(
  db: DB,
  channel: AlertChannelRow,
  message: AlertMessage,
  event: PlainEvent,
  opts: DeliveryOptions = {},
  at: Date = clockNow(),
): Promise<DeliveryResult> {
  const r = await deliver(channel, message, event, opts);
  await insertAlertDelivery(db, {
    channel_id: channel.id,
    shop_id: event.shopId,
    what: event.what,
    outcome: r.ok ? 'sent' : 'failed',
    attempts: r.attempts,
    code: r.code,
    detail: r.detail,
    at: at.toISOString(),
  });
  return r;
}

/** A digest a robot refused is tried again after this long, not at every minute's tick. */
const DIGEST_RETRY_MS = 15 * 60_000;

/**
 * Whether a channel's digest is to be sent now: its time ("HH:MM", China) has come today, it was
 * not sent today, and no attempt failed in the last 15 minutes. `told` is the channel's shop-0 state.
 */
export function digestPending(channel: AlertChannelRow, told: ReadonlyMap<string, string>, now: Date): boolean {
  if (channel.digest_at === null || chinaWallClock(now).slice(11, 16) < channel.digest_at) return false;
  if (told.get('digest') === chinaToday(now)) return false;
  const failed = told.get('digestFailedAt');
  return !failed || now.getTime() - Date.parse(failed) >= DIGEST_RETRY_MS;
}

export async function runAlerts(db: DB, opts: RunOptions = {}): Promise<RunSummary> {
  const now = opts.now ?? clockNow();
  const channels = (await listAlertChannels(db)).filter((c) => !c.paused);
  const summary: RunSummary = { shops: 0, sent: 0, failed: 0 };
  if (!channels.length) return summary;
  const shops = await listShops(db);
  const only = opts.shopIds ? new Set(opts.shopIds) : null;
  const factsCache = new Map<number, Promise<ShopFacts | null>>();
  // One shop whose report cannot be read does not keep the others' groups from being told.
  const factsOf = (shop: ShopRow) => {
    let f = factsCache.get(shop.id);
    if (!f) {
      f = getShopReport(db, shop, { now, calibration: false }).then(
        (r) => shopFacts(shop, r, now),
        (e: Error) => {
          console.error(`alerts: shop ${shop.id}: ${e.message}`);
          return null;
        },
      );
      factsCache.set(shop.id, f);
    }
    return f;
  };
  const count = (r: DeliveryResult) => {
    if (r.ok) summary.sent++;
    else summary.failed++;
  };
  // With a deadline, a message is begun only when its one attempt, timeout and all, ends by it (a
  // timeout cut short would log a failure for a message the robot may well take, and tell it twice).
  const timeoutMs = opts.delivery?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const inTime = () => opts.deadline === undefined || opts.deadline - Date.now() >= timeoutMs;
  const mayGoOn = async () => inTime() && (!opts.keepLease || (await opts.keepLease()));
  const delivery: DeliveryOptions | undefined =
    opts.deadline === undefined ? opts.delivery : { ...opts.delivery, backoffMs: [] };
  for (const channel of channels) {
    const covered = shops.filter((s) => channel.shop_id === null || channel.shop_id === s.id);
    for (const shop of covered) {
      if (only && !only.has(shop.id)) continue;
      const facts = await factsOf(shop);
      if (!facts) continue;
      const prev = await alertStates(db, channel.id, shop.id);
      const { changes, next } = evaluate(facts, channel, prev);
      if (changes.length) {
        if (!(await mayGoOn())) return { ...summary, shops: factsCache.size };
        const message = changeMessage(facts, changes, channel.lang, linkFor(channel, shop.id));
        const event = { what: 'change', shopId: shop.id, shop: shop.name, data: { changes, facts } };
        const r = await sendAndLog(db, channel, message, event, delivery, now);
        count(r);
        if (!r.ok) continue;
      }
      await saveAlertStates(db, channel.id, shop.id, next, now.toISOString());
    }
    if (opts.digest && channel.digest_at !== null) {
      const today = chinaToday(now);
      if (!digestPending(channel, await alertStates(db, channel.id, 0), now)) continue;
      if (!(await mayGoOn())) return { ...summary, shops: factsCache.size };
      const all = (await Promise.all(covered.map(factsOf))).filter((f): f is ShopFacts => f !== null);
      const message = digestMessage(today, all, channel.lang, linkFor(channel, channel.shop_id));
      const r = await sendAndLog(
        db,
        channel,
        message,
        { what: 'digest', shopId: null, shop: null, data: { shops: all } },
        delivery,
        now,
      );
      count(r);
      const state = r.ok ? ['digest', today] : ['digestFailedAt', now.toISOString()];
      await saveAlertStates(db, channel.id, 0, new Map([state as [string, string]]), now.toISOString());
    }
  }
  summary.shops = factsCache.size;
  return summary;
}
