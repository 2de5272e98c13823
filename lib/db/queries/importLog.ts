import type { Insertable } from 'kysely';
import type { FileKind, PlatformId } from '../../types';
import type { DB } from '../connection';
import type { ImportTable } from '../schema';

export interface StoredRowError {
  line: number;
  column: string | null;
  code: string;
  params: Record<string, string | number>;
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
          params: JSON.stringify(e.params),
          message_zh: '',
          message_en: '',
        })),
      )
      .execute();
  }
}

/** A refused file in the history: who refused it and why (the message's code and parameters). */
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
    message: { code: string; params: Record<string, string | number> } | null;
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
      message_code: s.message?.code ?? null,
      message_params: s.message ? JSON.stringify(s.message.params) : null,
      error_count: s.errorCount,
      started_at: startedAt,
      finished_at: finishedAt,
    })
    .execute();
}
