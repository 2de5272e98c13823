import type { Kysely, Migration } from 'kysely';

/**
 * An import's rows add up: besides new, updated and skipped, the rows that repeat an earlier row of
 * the same file (the same order or case number: the later row is kept, or a line item joins its
 * order) and the distinct rows that were already stored exactly so.
 */
export const m0012_import_counts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('imports')
      .addColumn('rows_repeated', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable('imports')
      .addColumn('rows_unchanged', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
