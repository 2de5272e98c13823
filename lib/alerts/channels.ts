/**
 * A merchant's alert channels: added from one validated input (the command line and the settings
 * page share the schema), listed with their secrets masked, tested, paused, removed.
 */
import type { z } from 'zod';
import type { AlertChannelRow } from '../db/alertSchema';
import type { DB } from '../db/connection';
import { deleteAlertChannel } from '../db/queries/deleteAlertChannel';
import { findAlertChannel } from '../db/queries/findAlertChannel';
import { insertAlertChannel } from '../db/queries/insertAlertChannel';
import { listAlertChannels } from '../db/queries/listAlertChannels';
import { listAlertDeliveries } from '../db/queries/listAlertDeliveries';
import { updateAlertChannel } from '../db/queries/updateAlertChannel';
import type { alertChannelInput, alertTriggersInput } from '../input/alerts';
import { clockNow } from '../time/china';
import type { DeliveryOptions, DeliveryResult } from './deliver';
import { testMessage } from './message';
import { sendAndLog } from './run';
import { maskUrl } from './target';

export type ValidChannel = z.output<typeof alertChannelInput>;

/** What a channel is told, as its row's columns: the one mapping adding and changing it share. */
const triggerColumns = (v: z.output<typeof alertTriggersInput>) => ({
  on_status: v.onStatus ? 1 : 0,
  on_penalty: v.onPenalty ? 1 : 0,
  on_deadline: v.onDeadline ? 1 : 0,
  forecast_days: v.forecastDays,
  stale_days: v.staleDays,
  digest_at: v.digestAt,
});

/** Stores a channel; its id. */
export function addAlertChannel(db: DB, v: ValidChannel, now: Date = clockNow()): Promise<number> {
  return insertAlertChannel(db, {
    shop_id: v.shopId,
    kind: v.kind,
    label: v.label,
    url: v.url,
    secret: v.secret ?? null,
    lang: v.lang,
    link_url: v.linkUrl ?? null,
    ...triggerColumns(v),
    created_at: now.toISOString(),
  });
}

/** A channel as it may be shown: the URL masked, the secret only said to be there. */
export interface ChannelView {
  id: number;
  shopId: number | null;
  kind: AlertChannelRow['kind'];
  label: string;
  url: string;
  hasSecret: boolean;
  lang: AlertChannelRow['lang'];
  linkUrl: string | null;
  paused: boolean;
  triggers: {
    status: boolean;
    penalty: boolean;
    deadline: boolean;
    forecastDays: number | null;
    staleDays: number | null;
    digestAt: string | null;
  };
  /** The latest deliveries, newest first: what was sent, or failed with the robot's message. */
  deliveries: DeliveryView[];
}

export interface DeliveryView {
  at: string;
  what: string;
  outcome: 'sent' | 'failed';
  attempts: number;
  code: string | null;
  detail: string;
}

function viewOf(c: AlertChannelRow, deliveries: DeliveryView[]): ChannelView {
  return {
    id: c.id,
    shopId: c.shop_id,
    kind: c.kind,
    label: c.label,
    url: maskUrl(c.url),
    hasSecret: c.secret !== null,
    lang: c.lang,
    linkUrl: c.link_url,
    paused: c.paused === 1,
    triggers: {
      status: c.on_status === 1,
      penalty: c.on_penalty === 1,
      deadline: c.on_deadline === 1,
      forecastDays: c.forecast_days,
      staleDays: c.stale_days,
      digestAt: c.digest_at,
    },
    deliveries,
  };
}

/** Every channel (or one shop's, with those for every shop), masked, each with its latest `log` deliveries. */
export async function listChannelViews(db: DB, shopId?: number, log = 1): Promise<ChannelView[]> {
  const rows = await listAlertChannels(db, shopId);
  return Promise.all(
    rows.map(async (c) => {
      const d = await listAlertDeliveries(db, c.id, log);
      return viewOf(
        c,
        d.map((x) => ({
          at: x.at,
          what: x.what,
          outcome: x.outcome,
          attempts: x.attempts,
          code: x.code,
          detail: x.detail,
        })),
      );
    }),
  );
}

/** A channel the shop's settings may act on: its own, or one for every shop. */
export async function channelOfShop(db: DB, id: number, shopId: number): Promise<AlertChannelRow | null> {
  const c = await findAlertChannel(db, id);
  return c && (c.shop_id === null || c.shop_id === shopId) ? c : null;
}

export const removeAlertChannel = deleteAlertChannel;

/** Changes what a channel is told; false when there is no such channel. */
export function setAlertTriggers(db: DB, id: number, v: z.output<typeof alertTriggersInput>): Promise<boolean> {
  return updateAlertChannel(db, id, triggerColumns(v));
}

export function pauseAlertChannel(db: DB, id: number, paused: boolean): Promise<boolean> {
  return updateAlertChannel(db, id, { paused: paused ? 1 : 0 });
}

/** Sends the test message now, logged like any other; null when there is no such channel. */
export async function testAlertChannel(db: DB, id: number, opts?: DeliveryOptions): Promise<DeliveryResult | null> {
  const c = await findAlertChannel(db, id);
  if (!c) return null;
  const label = c.label || maskUrl(c.url);
  return sendAndLog(
    db,
    c,
    testMessage(label, c.lang),
    { what: 'test', shopId: c.shop_id, shop: null, data: null },
    opts,
  );
}
