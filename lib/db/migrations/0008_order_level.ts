import type { Kysely, Migration } from 'kysely';

/**
 * orders.from_items: whether only line-item files (one row per item) have described an order. An
 * order-level file's amount, product and status are the order's own; a line-item file's are the
 * sum or the first of its items, and never replace them. JD and Douyin orders come from line-item
 * exports only.
 */
export const m0008_order_level: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('orders')
      .addColumn('from_items', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db
      .updateTable('orders')
      .set({ from_items: 1 })
      .where('shop_id', 'in', db.selectFrom('shops').select('id').where('platform', 'in', ['jd', 'douyin']))
      .execute();
  },
};
