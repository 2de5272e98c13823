import { type NextRequest, NextResponse } from 'next/server';
import { getConnection } from '@/lib/db/connection';
import { sameOrigin } from '@/lib/share/http';
import { revokeShareLink } from '@/lib/share/links';

export const dynamic = 'force-dynamic';

/** DELETE /api/shares/ID revokes the link: it answers 404 from the next request on. */
export async function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const headers = { 'Cache-Control': 'no-store' };
  if (!sameOrigin(request.headers)) return NextResponse.json({ error: 'cross-site request refused' }, { status: 403, headers });
  const { id } = await params;
  const { db } = await getConnection();
  const r = await revokeShareLink(db, id);
  if (r === 'missing') return NextResponse.json({ error: `no link with id "${id}"` }, { status: 404, headers });
  return NextResponse.json({ id, revoked: true, already: r === 'already' }, { headers });
}
