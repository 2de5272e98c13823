import type { Kysely, Migration } from 'kysely';
import { autoId } from '../dialect';

/**
 * A merchant's column mapping, saved for a shop and a header (its column names in order), so that
 * the next file with the same header imports by itself.
 */
export const m0007_column_mappings: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('column_mappings')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('shop_id', 'integer', (c) => c.notNull().references('shops.id').onDelete('cascade'))
      .addColumn('header_key', 'text', (c) => c.notNull())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      // JSON: field -> column name; the status values that mean "the platform stepped in" (or null).
      .addColumn('columns', 'text', (c) => c.notNull())
      .addColumn('intervention_values', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('column_mappings_shop_header', ['shop_id', 'header_key'])
      .execute();
  },
};
