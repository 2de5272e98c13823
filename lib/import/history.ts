/** A shop's import history as the settings page and the row-error download read it. */
import type { DB } from '../db/connection';
import { findImport } from '../db/queries/findImport';
import { listImportErrors } from '../db/queries/listImportErrors';
import { listImportsOfShop } from '../db/queries/listImportsOfShop';
import { setImportCoverage } from '../db/queries/setImportCoverage';
import type { Span } from '../metrics/coverage';
import { widenedCoverage } from './coverage';

/** Every import of a shop, newest first. */
export function importHistory(db: DB, shopId: number) {
  return listImportsOfShop(db, shopId);
}

/** One import and its row errors in file order; null for an unknown import. */
export async function importWithErrors(db: DB, importId: number) {
  const imp = await findImport(db, importId);
  if (!imp) return null;
  return { import: imp, errors: await listImportErrors(db, imp.id) };
}

/**
 * After a file is imported: records the span it covers, widened to the range the merchant says
 * they exported (`covers`, validated by `coversInput`) and to the export time in its stored file
 * name. Returns the span now recorded and the shop, or null for an import that is not an imported
 * file of a shop.
 */
export async function recordImportCoverage(
  db: DB,
  importId: number,
  covers: Span | null,
): Promise<{ shopId: number; covers: Span | null } | null> {
  const row = await findImport(db, importId);
  if (row?.outcome !== 'imported' || row.shop_id === null) return null;
  const span = widenedCoverage({ dateFrom: row.date_from, dateTo: row.date_to }, row.file_name, covers);
  if (span) await setImportCoverage(db, importId, span.from, span.to);
  return {
    shopId: row.shop_id,
    covers: span ?? (row.date_from && row.date_to ? { from: row.date_from, to: row.date_to } : null),
  };
}
