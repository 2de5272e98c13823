'use server';
import { revalidatePath } from 'next/cache';
import { getConnection } from '@/lib/db/connection';
import { setImportCoverage } from '@/lib/db/queries/coverage';
import { findImport } from '@/lib/db/queries/importHistory';
import { getI18n } from '@/lib/i18n/server';
import { coversInput, widenedCoverage } from '@/lib/import/coverage';

type Result = { ok: true; covers: { from: string; to: string } | null } | { ok: false; message: string };

/**
 * After a file is imported: records the span it covers, widened to the range the merchant says
 * they exported (optional) and to the export time in its stored file name. The import's own row
 * supplies the rows' days and the name; only the range comes from the form.
 */
export async function setImportCoverageAction(
  importId: number,
  covers: { from: string; to: string } | null,
): Promise<Result> {
  const { t } = await getI18n();
  let range: { from: string; to: string } | null = null;
  if (covers) {
    const parsed = coversInput.safeParse(covers);
    if (!parsed.success) return { ok: false, message: t('import.coversInvalid') };
    range = parsed.data;
  }
  if (!Number.isSafeInteger(importId)) return { ok: false, message: t('import.noSuchImport') };
  const { db } = await getConnection();
  const row = await findImport(db, importId);
  if (row?.outcome !== 'imported' || row.shop_id === null) return { ok: false, message: t('import.noSuchImport') };
  const span = widenedCoverage({ dateFrom: row.date_from, dateTo: row.date_to }, row.file_name, range);
  if (span) {
    await setImportCoverage(db, importId, span.from, span.to);
    revalidatePath(`/shops/${row.shop_id}`, 'layout');
  }
  return { ok: true, covers: span ?? (row.date_from && row.date_to ? { from: row.date_from, to: row.date_to } : null) };
}
