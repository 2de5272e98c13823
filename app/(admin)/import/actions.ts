'use server';
import { revalidatePath } from 'next/cache';
import { alertAfterImport } from '@/lib/alerts/afterImport';
import { getConnection } from '@/lib/db/connection';
import { getI18n } from '@/lib/i18n/server';
import { recordImportCoverage } from '@/lib/import/history';
import { coversInput } from '@/lib/input/covers';

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
  const recorded = await recordImportCoverage(db, importId, range);
  if (!recorded) return { ok: false, message: t('import.noSuchImport') };
  revalidatePath(`/shops/${recorded.shopId}`, 'layout');
  // The file's coverage is now known: the shop's groups hear of a change. Not awaited: the page
  // does not wait for a robot.
  void alertAfterImport(db, [recorded.shopId]);
  return { ok: true, covers: recorded.covers };
}
