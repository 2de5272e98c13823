import type { DB } from '../connection';
import type { ImportJobTable } from '../schema';

/** An upload's progress as last written by whichever instance is receiving it, or undefined. */
export async function findImportJob(db: DB, jobId: string): Promise<ImportJobTable | undefined> {
  return db.selectFrom('import_jobs').selectAll().where('job_id', '=', jobId).executeTakeFirst();
}
