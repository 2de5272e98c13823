import type { DB } from '../connection';

/** Records the span an import covers (already widened and checked by the caller). */
export async function setImportCoverage(db: DB, importId: number, from: string, to: string): Promise<void> {
  await db
    .updateTable('imports')
    .set({ covers_from: from, covers_to: to })
    .where('id', '=', importId)
    .where('outcome', '=', 'imported')
    .execute();
}
