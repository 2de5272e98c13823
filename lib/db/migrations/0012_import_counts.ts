import type { Kysely, Migration } from 'kysely';

/**
 * An import's rows add up: besides new, updated and skipped, the rows that repeat an earlier row of
 * the same file (the same order or case number: the later row is kept, or a line item joins its
 * order) and the distinct rows that were already stored exactly so. Null where not known: imports
 * made before this migration, and refused files.
 */
export const m0012_import_counts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('imports').addColumn('rows_repeated', 'integer').execute();
    await db.schema.alterTable('imports').addColumn('rows_unchanged', 'integer').execute();
  },
};
