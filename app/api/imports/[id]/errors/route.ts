/** GET /api/imports/:id/errors: an import's row errors as CSV (line, column, message in the page's language). */
import { csvDocument, csvResponse } from '@/app/_lib/csv';
import { RouteError, route } from '@/app/_lib/route';
import { getConnection } from '@/lib/db/connection';
import { renderMessage, storedMessage } from '@/lib/i18n/importMessages';
import { importWithErrors } from '@/lib/import/history';
import { idParams } from '@/lib/input/routes';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin', params: idParams }, async (_request, { params, lang, t }) => {
  const { db } = await getConnection();
  const found = await importWithErrors(db, params.id);
  if (!found) throw new RouteError(404, 'not_found', 'errors.notFound');
  const { import: imp, errors } = found;
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
