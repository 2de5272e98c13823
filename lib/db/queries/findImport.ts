import type { DB } from '../connection';

/** One import's row in the history. */
export async function findImport(db: DB, importId: number) {
  return db.selectFrom('imports').selectAll().where('id', '=', importId).executeTakeFirst();
}
