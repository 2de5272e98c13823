import { NextResponse } from 'next/server';
import { apiError, route } from '@/app/_lib/route';
import { getConnection } from '@/lib/db/connection';
import { bilingual } from '@/lib/i18n/translate';
import { revokeShareLink } from '@/lib/share/links';

export const dynamic = 'force-dynamic';

/** DELETE /api/shares/ID revokes the link: it answers 404 from the next request on. */
export const DELETE = route<{ params: Promise<{ id: string }> }>({ access: 'admin' }, async (_request, { params }) => {
  const { id } = await params;
  const { db } = await getConnection();
  const r = id.length <= 64 ? await revokeShareLink(db, id) : 'missing';
  if (r === 'missing') return apiError(404, { code: 'share.missing', ...bilingual('share.noLink', { id }) });
  return NextResponse.json(
    { id, revoked: true, already: r === 'already' },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
