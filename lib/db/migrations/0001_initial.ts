import type { Kysely, Migration } from 'kysely';
import { autoId, clusteredByKey } from '../dialect';

export const m0001_initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('shops')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('order_basis', 'text', (c) => c.notNull().defaultTo('paid'))
      .addColumn('intervention_basis', 'text', (c) => c.notNull().defaultTo('applied'))
      .execute();
    await db.schema
      .createTable('orders')
      .addColumn('shop_id', 'integer', (c) => c.notNull().references('shops.id').onDelete('cascade'))
      .addColumn('order_no', 'text', (c) => c.notNull())
      .addColumn('paid_at', 'text')
      .addColumn('paid_day', 'text')
      .addColumn('shipped_day', 'text')
      .addColumn('received_day', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('amount_cents', 'integer')
      .addColumn('product', 'text', (c) => c.notNull())
      .addColumn('courier', 'text', (c) => c.notNull())
      .addColumn('import_id', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('orders_pk', ['shop_id', 'order_no'])
      .modifyEnd(clusteredByKey(db))
      .execute();
    await db.schema
      .createTable('cases')
      .addColumn('shop_id', 'integer', (c) => c.notNull().references('shops.id').onDelete('cascade'))
      .addColumn('case_no', 'text', (c) => c.notNull())
      .addColumn('order_no', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text')
      .addColumn('applied_day', 'text')
      .addColumn('completed_at', 'text')
      .addColumn('completed_day', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('intervened_status', 'text')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('product', 'text', (c) => c.notNull())
      .addColumn('deadline_at', 'text')
      .addColumn('amount_cents', 'integer')
      .addColumn('responsible', 'text', (c) => c.notNull())
      .addColumn('intervened', 'integer', (c) => c.notNull())
      .addColumn('platform_initiated', 'integer', (c) => c.notNull())
      .addColumn('import_id', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('cases_pk', ['shop_id', 'case_no'])
      .modifyEnd(clusteredByKey(db))
      .execute();
    await db.schema.createIndex('cases_by_order').on('cases').columns(['shop_id', 'order_no']).execute();
    await db.schema
      .createTable('daily')
      .addColumn('shop_id', 'integer', (c) => c.notNull().references('shops.id').onDelete('cascade'))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('orders_paid', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('orders_shipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('orders_received', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('interventions_applied', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('interventions_completed', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('daily_pk', ['shop_id', 'day'])
      .modifyEnd(clusteredByKey(db))
      .execute();
    await db.schema
      .createTable('imports')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('shop_id', 'integer', (c) => c.references('shops.id').onDelete('cascade'))
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text')
      .addColumn('size_bytes', 'integer')
      .addColumn('platform', 'text')
      .addColumn('kind', 'text')
      .addColumn('encoding', 'text')
      .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rows_new', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rows_updated', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rows_skipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('date_from', 'text')
      .addColumn('date_to', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('message', 'text')
      .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('import_errors')
      .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id').onDelete('cascade'))
      .addColumn('line', 'integer', (c) => c.notNull())
      .addColumn('column_name', 'text')
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('message_zh', 'text', (c) => c.notNull())
      .addColumn('message_en', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('import_errors_by_import').on('import_errors').column('import_id').execute();
  },
};
