import type { Kysely, Migration } from 'kysely';
import { autoId } from '../dialect';

/**
 * Alerts to work-chat robots (DingTalk, WeCom, Feishu, a plain webhook): the channels a merchant
 * entered, what each was last told about each shop (so a state is said once, never repeated while
 * nothing changes), every delivery with the robot's answer, and the lease that lets one app
 * instance among several do the sending.
 */
export const m0011_alerts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('alert_channels')
      .addColumn('id', 'integer', autoId(db))
      // null: a channel for every shop (an operations group watching them all).
      .addColumn('shop_id', 'integer', (c) => c.references('shops.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
      // The webhook URL carries the robot's key or token, and the signing secret: both are secrets,
      // kept because every send needs them, never shown back in full.
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('secret', 'text')
      .addColumn('lang', 'text', (c) => c.notNull().defaultTo('zh'))
      // A share link the merchant chose for this group; null: the dashboard (an admin-side group).
      .addColumn('link_url', 'text')
      .addColumn('on_status', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('on_penalty', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('on_deadline', 'integer', (c) => c.notNull().defaultTo(1))
      // Days ahead the forecast is watched / days behind that make data stale; null: off.
      .addColumn('forecast_days', 'integer')
      .addColumn('stale_days', 'integer')
      // China wall-clock "HH:MM" of the daily digest; null: no digest.
      .addColumn('digest_at', 'text')
      .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('alert_channels_by_shop').on('alert_channels').column('shop_id').execute();
    // What a channel was last told about a shop, per topic (status, forecast, penalty, deadline,
    // stale), written only after a delivery succeeded; shop 0 holds the digest's last day, and when
    // a digest last failed (so a robot that is down is not asked every minute).
    await db.schema
      .createTable('alert_state')
      .addColumn('channel_id', 'integer', (c) => c.notNull().references('alert_channels.id').onDelete('cascade'))
      .addColumn('shop_id', 'integer', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('alert_state_pk', ['channel_id', 'shop_id', 'topic'])
      .execute();
    await db.schema
      .createTable('alert_deliveries')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('channel_id', 'integer', (c) => c.notNull().references('alert_channels.id').onDelete('cascade'))
      .addColumn('shop_id', 'integer')
      // What was sent: a change, the digest, a test.
      .addColumn('what', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      // The robot's own code and message (errcode/errmsg, code/msg), or the network error.
      .addColumn('code', 'text')
      .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
      // ISO time in UTC, as import_jobs and sessions keep theirs.
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('alert_deliveries_by_channel')
      .on('alert_deliveries')
      .columns(['channel_id', 'at'])
      .execute();
    await db.schema
      .createTable('alert_leases')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('holder', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
  },
};
