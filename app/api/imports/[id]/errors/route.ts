/** GET /api/imports/:id/errors: an import's row errors as CSV (line, column, message in the page's language). */

import { csvDocument, csvResponse } from '@/app/_lib/csv';
import { route } from '@/app/_lib/route';
import { getConnection } from '@/lib/db/connection';
import { listImportErrors } from '@/lib/db/queries/importErrors';
import { findImport } from '@/lib/db/queries/importHistory';
import { getLang } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export const GET = route<{ params: Promise<{ id: string }> }>({ access: 'admin' }, async (_request, ctx) => {
  const { id } = await ctx.params;
  if (!/^\d{1,12}$/.test(id)) return new Response('Not found', { status: 404 });
  const { db } = await getConnection();
  const imp = await findImport(db, Number(id));
  if (!imp) return new Response('Not found', { status: 404 });
  const lang = await getLang();
  const errors = await listImportErrors(db, imp.id);
  const head = lang === 'en' ? ['file', 'line', 'column', 'code', 'message'] : ['文件', '行号', '列', '代码', '说明'];
  const rows = errors.map((e) => [
    imp.file_name,
    e.line,
    e.column_name ?? '',
    e.code,
    lang === 'en' ? e.message_en : e.message_zh,
  ]);
  const base = imp.file_name.replace(/\.[^.]+$/, '');
  return csvResponse(csvDocument([head, ...rows]), `${base}-${lang === 'en' ? 'row-errors' : '行错误'}.csv`);
});
