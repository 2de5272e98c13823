/** The alert tables' types (0011), beside schema.ts to keep each file short. */
import type { Generated, Selectable } from 'kysely';
import type { Lang } from '../i18n/lang';

export type AlertChannelKind = 'dingtalk' | 'wecom' | 'feishu' | 'webhook';

/** A work-chat robot (or plain webhook) that is told about one shop, or every shop (0011). */
export interface AlertChannelTable {
  id: Generated<number>;
  /** null: every shop. */
  shop_id: number | null;
  kind: AlertChannelKind;
  label: Generated<string>;
  /** Secret: carries the robot's key or token. Shown only masked. */
  url: string;
  /** Secret: the robot's signing secret, when it signs. Never shown. */
  secret: string | null;
  lang: Generated<Lang>;
  /** The link a message carries: a share link the merchant chose; null for the dashboard. */
  link_url: string | null;
  on_status: Generated<number>;
  on_penalty: Generated<number>;
  on_deadline: Generated<number>;
  /** Tell when the forecast puts the shop over within this many days; null: off. */
  forecast_days: number | null;
  /** Tell when the latest complete day is this many days old; null: off. */
  stale_days: number | null;
  /** China wall-clock "HH:MM" of the daily digest; null: none. */
  digest_at: string | null;
  paused: Generated<number>;
  created_at: string;
}

export type AlertChannelRow = Selectable<AlertChannelTable>;

/** What a channel was last told about a shop, per topic (shop 0: the digest's last day, its last failure). */
export interface AlertStateTable {
  channel_id: number;
  shop_id: number;
  topic: string;
  value: string;
  updated_at: string;
}

export type AlertOutcome = 'sent' | 'failed';

export interface AlertDeliveryTable {
  id: Generated<number>;
  channel_id: number;
  shop_id: number | null;
  /** 'change', 'digest' or 'test'. */
  what: string;
  outcome: AlertOutcome;
  attempts: number;
  /** The robot's own error code, 'http 429', 'timeout', 'redirect'…; null when sent. */
  code: string | null;
  /** The robot's message (errmsg / msg), or the network error; never the URL or the secret. */
  detail: Generated<string>;
  /** ISO time, UTC. */
  at: string;
}

/** Who sends alerts now, among the app instances on this database, and until when (ISO, UTC). */
export interface AlertLeaseTable {
  name: string;
  holder: string;
  expires_at: string;
}

export type AlertDeliveryRow = Selectable<AlertDeliveryTable>;
