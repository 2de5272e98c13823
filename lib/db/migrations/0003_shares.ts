import type { Kysely, Migration } from 'kysely';
import { autoId } from '../dialect';

/**
 * Read-only share links, the wrong-password attempts that rate-limit them, the cookies that unlock
 * a password link, and admin sessions. Every secret is stored only as its sha256: a copy of the
 * database never lets anyone open a link or take over a session.
 */
export const m0003_shares: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('share_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('shop_id', 'integer', (c) => c.notNull().references('shops.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      // rolling: the last range_days days up to the latest day with data; fixed: range_from..range_to
      .addColumn('range_kind', 'text', (c) => c.notNull())
      .addColumn('range_days', 'integer')
      .addColumn('range_from', 'text')
      .addColumn('range_to', 'text')
      // Real-world instants (ISO 8601 UTC), unlike the China wall-clock text of the exports.
      .addColumn('expires_at', 'text')
      .addColumn('password_hash', 'text')
      .addColumn('include_orders', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_viewed_at', 'text')
      .execute();
    await db.schema.createIndex('share_links_by_shop').on('share_links').columns(['shop_id', 'created_at']).execute();
    await db.schema
      .createTable('share_grants')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('link_id', 'text', (c) => c.notNull().references('share_links.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('share_grants_by_link').on('share_grants').column('link_id').execute();
    // One row per password attempt still in the window; scope is "link:<id>" or "admin".
    await db.schema
      .createTable('auth_attempts')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('auth_attempts_by_scope').on('auth_attempts').columns(['scope', 'at']).execute();
    await db.schema
      .createTable('admin_sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .execute();
  },
};
