import type { DB } from '../connection';
import type { ImportJobTable } from '../schema';

/** Writes (or overwrites) an upload's progress under its job id. */
export async function saveImportJob(db: DB, job: ImportJobTable): Promise<void> {
  const { job_id, ...rest } = job;
  await db
    .insertInto('import_jobs')
    .values(job)
    .onConflict((oc) => oc.column('job_id').doUpdateSet(rest))
    .execute();
}
