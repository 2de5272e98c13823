import type { DB } from '../connection';

/** Forgets the progress of uploads last heard of before `before` (ISO, UTC): no page polls them any more. */
export async function deleteStaleImportJobs(db: DB, before: string): Promise<void> {
  await db.deleteFrom('import_jobs').where('updated_at', '<', before).execute();
}
