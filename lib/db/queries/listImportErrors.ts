import type { DB } from '../connection';

/** The row errors an import recorded, in file order. */
export async function listImportErrors(db: DB, importId: number) {
  return db.selectFrom('import_errors').selectAll().where('import_id', '=', importId).orderBy('line').execute();
}
