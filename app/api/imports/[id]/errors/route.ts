/** GET /api/imports/:id/errors: an import's row errors as CSV (line, column, message in the page's language). */

import { csvDocument, csvResponse } from '@/app/_lib/csv';
import { route } from '@/app/_lib/route';
import { getConnection } from '@/lib/db/connection';
import { listImportErrors } from '@/lib/db/queries/importErrors';
import { findImport } from '@/lib/db/queries/importHistory';
import { renderMessage, storedMessage } from '@/lib/i18n/importMessages';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export const GET = route<{ params: Promise<{ id: string }> }>({ access: 'admin' }, async (_request, ctx) => {
  const { id } = await ctx.params;
  const { lang, t } = await getI18n();
  const notFound = () => new Response(t('errors.notFound'), { status: 404 });
  if (!/^\d{1,12}$/.test(id)) return notFound();
  const { db } = await getConnection();
  const imp = await findImport(db, Number(id));
  if (!imp) return notFound();
  const errors = await listImportErrors(db, imp.id);
  const head = [t('csv.file'), t('csv.line'), t('csv.column'), t('csv.code'), t('csv.message')];
  const rows = errors.map((e) => [
    imp.file_name,
    e.line,
    e.column_name ?? '',
    e.code,
    renderMessage(storedMessage(e.code, e.params, e.message_zh, e.message_en)!, lang),
  ]);
  const base = imp.file_name.replace(/\.[^.]+$/, '');
  return csvResponse(csvDocument([head, ...rows]), `${base}-${t('csv.rowErrorsFile')}.csv`);
});
