import type { Kysely, Migration } from 'kysely';
import { autoId } from '../dialect';

export const m0005_rule_history: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('rule_changes')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('shop_id', 'integer', (c) => c.notNull().references('shops.id').onDelete('cascade'))
      .addColumn('preset_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('before_json', 'text', (c) => c.notNull())
      .addColumn('after_json', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('rule_changes_by_shop')
      .on('rule_changes')
      .columns(['shop_id', 'preset_id', 'id'])
      .execute();
  },
};
