/**
 * Undoing one import (a file that went into the wrong shop, or the wrong file): the rows it
 * created go, the rows it took over return to what the import before it said, the figures are
 * rebuilt, in one transaction. It waits in the same queue as imports, so it never lands in the
 * middle of one, and its transaction, like a merge, takes the database's write lock.
 */
import type { DB } from '../db/connection';
import { findImport } from '../db/queries/findImport';
import { type UndoResult, undoImport } from '../db/queries/undoImport';
import { inImportQueue } from './pipeline';

export type UndoneImport = Extract<UndoResult, { ok: false }> | (Extract<UndoResult, { ok: true }> & { file: string });

/**
 * Undoes import `importId`; with `shopId`, only an import of that shop (an import of another shop
 * is as missing as one that does not exist). The result says what was removed and restored, and
 * names the file.
 */
export function undoOneImport(db: DB, importId: number, shopId?: number): Promise<UndoneImport> {
  return inImportQueue(async () => {
    const row = await findImport(db, importId);
    if (!row || (shopId !== undefined && row.shop_id !== shopId)) return { ok: false, reason: 'missing' } as const;
    const r = await undoImport(db, importId);
    return r.ok ? { ...r, file: row.file_name } : r;
  });
}
