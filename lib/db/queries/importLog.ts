import type { Insertable } from 'kysely';
import type { FileKind, PlatformId } from '../../types';
import type { DB } from '../connection';
import type { ImportTable } from '../schema';

export interface StoredRowError {
  line: number;
  column: string | null;
  code: string;
  zh: string;
  en: string;
}

/** The import's row in the history; written inside the merge, so a rolled-back import leaves none. */
export async function insertImport(db: DB, row: Insertable<ImportTable>): Promise<number> {
  const r = await db.insertInto('imports').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function insertImportErrors(db: DB, importId: number, errors: readonly StoredRowError[]): Promise<void> {
  // SQLite takes a limited number of parameters per statement.
  for (let i = 0; i < errors.length; i += 100) {
    await db
      .insertInto('import_errors')
      .values(
        errors.slice(i, i + 100).map((e) => ({
          import_id: importId,
          line: e.line,
          column_name: e.column,
          code: e.code,
          message_zh: e.zh,
          message_en: e.en,
        })),
      )
      .execute();
  }
}

/** A refused file in the history: who refused it and why, in both languages. */
export async function logRejectedImport(
  db: DB,
  s: {
    file: string;
    shop: string | null;
    sha256: string;
    sizeBytes: number;
    platform: PlatformId | null;
    kind: FileKind | null;
    encoding: string | null;
    rowsRead: number;
    errorCount: number;
    message: { zh: string; en: string } | null;
  },
  startedAt: string,
  finishedAt: string,
): Promise<void> {
  const shop = s.shop
    ? await db.selectFrom('shops').select('id').where('name', '=', s.shop).executeTakeFirst()
    : undefined;
  await db
    .insertInto('imports')
    .values({
      shop_id: shop?.id ?? null,
      file_name: s.file,
      sha256: s.sha256,
      size_bytes: s.sizeBytes,
      platform: s.platform,
      kind: s.kind,
      encoding: s.encoding,
      rows_read: s.rowsRead,
      rows_new: 0,
      rows_updated: 0,
      rows_skipped: 0,
      outcome: 'rejected',
      message: s.message ? `${s.message.zh}\n${s.message.en}` : null,
      error_count: s.errorCount,
      started_at: startedAt,
      finished_at: finishedAt,
    })
    .execute();
}
