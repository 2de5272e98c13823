import type { Kysely, Migration } from 'kysely';
import { autoId, floatType } from '../dialect';

export const m0002_rules: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('shop_rules')
      .addColumn('shop_id', 'integer', (c) => c.notNull().references('shops.id').onDelete('cascade'))
      .addColumn('preset_id', 'text', (c) => c.notNull())
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('main', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('window_days', 'integer', (c) => c.notNull().defaultTo(30))
      .addColumn('rate', floatType(db))
      .addColumn('rate_multiple', floatType(db))
      .addColumn('category_average', floatType(db))
      .addColumn('count', 'integer')
      .addColumn('combine', 'text', (c) => c.notNull())
      .addColumn('sustain_days', 'integer', (c) => c.notNull())
      .addColumn('watch', floatType(db), (c) => c.notNull())
      .addColumn('floor_base', 'integer')
      .addColumn('floor_count', 'integer')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('shop_rules_pk', ['shop_id', 'preset_id'])
      .execute();
    await db.schema
      .createTable('calibration_entries')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('shop_id', 'integer', (c) => c.notNull().references('shops.id').onDelete('cascade'))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('rate', floatType(db), (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('calibration_entries_by_shop')
      .on('calibration_entries')
      .columns(['shop_id', 'day'])
      .execute();
    // The drivers read one window of cases out of a year of them. These cover the window query
    // (no row lookups for the flags and order number), and the second also finds open cases
    // (completed_day null) by application day.
    const drivers = ['intervened', 'platform_initiated', 'order_no'];
    await db.schema
      .createIndex('cases_by_applied_day')
      .on('cases')
      .columns(['shop_id', 'applied_day', ...drivers])
      .execute();
    await db.schema
      .createIndex('cases_by_completed_day')
      .on('cases')
      .columns(['shop_id', 'completed_day', 'applied_day', ...drivers])
      .execute();
  },
};
