import type { Kysely, Migration } from 'kysely';

/**
 * An upload's progress, by the job id the import page made: any app instance on the database can
 * answer the page's poll, not only the one receiving the bytes. Rows older than a few minutes are
 * cleared as new uploads start.
 */
export const m0010_import_jobs: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('import_jobs')
      .addColumn('job_id', 'text', (c) => c.primaryKey())
      .addColumn('phase', 'text', (c) => c.notNull())
      // An upload stops at 1 GB: a 32-bit integer on both databases is enough.
      .addColumn('bytes_read', 'integer', (c) => c.notNull())
      .addColumn('total_bytes', 'integer')
      .addColumn('rows_read', 'integer', (c) => c.notNull())
      // ISO time in UTC: text sorts by it on both databases, as admin_sessions' times do.
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('import_jobs_by_age').on('import_jobs').column('updated_at').execute();
  },
};
