import type { Kysely, Migration } from 'kysely';

/**
 * The span of days an import covers for its kind, when the merchant says it is wider than the
 * rows in the file (the range they exported, or the export time in the file name). Null: the
 * span is the file's own date_from … date_to.
 */
export const m0004_coverage: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('imports').addColumn('covers_from', 'text').execute();
    await db.schema.alterTable('imports').addColumn('covers_to', 'text').execute();
  },
};
