'use server';
import { revalidatePath } from 'next/cache';
import { getConnection } from '@/lib/db/connection';
import { recordImportCoverage } from '@/lib/import/history';
import { coversInput } from '@/lib/input/covers';

type Result =
  | { ok: true; covers: { from: string; to: string } | null }
  | { ok: false; message: { zh: string; en: string } };

/**
 * After a file is imported: records the span it covers, widened to the range the merchant says
 * they exported (optional) and to the export time in its stored file name. The import's own row
 * supplies the rows' days and the name; only the range comes from the form.
 */
export async function setImportCoverageAction(
  importId: number,
  covers: { from: string; to: string } | null,
): Promise<Result> {
  let range: { from: string; to: string } | null = null;
  if (covers) {
    const parsed = coversInput.safeParse(covers);
    if (!parsed.success)
      return {
        ok: false,
        message: {
          zh: '覆盖日期无效：起始不晚于结束，都不晚于明天。',
          en: 'Invalid range: from not after to, neither after tomorrow.',
        },
      };
    range = parsed.data;
  }
  if (!Number.isSafeInteger(importId)) return { ok: false, message: { zh: '没有这次导入。', en: 'No such import.' } };
  const { db } = await getConnection();
  const recorded = await recordImportCoverage(db, importId, range);
  if (!recorded) return { ok: false, message: { zh: '没有这次导入。', en: 'No such import.' } };
  revalidatePath(`/shops/${recorded.shopId}`, 'layout');
  return { ok: true, covers: recorded.covers };
}
