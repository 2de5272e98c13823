import { z } from 'zod';
import { RouteError, route } from '@/app/_lib/route';
import { getConnection } from '@/lib/db/connection';
import { revokeShareLink } from '@/lib/share/links';

export const dynamic = 'force-dynamic';

/** DELETE /api/shares/ID revokes the link: it answers 404 from the next request on. */
export const DELETE = route(
  { access: 'admin', params: z.object({ id: z.string().min(1).max(64) }) },
  async (_request, { params: { id } }) => {
    const { db } = await getConnection();
    const r = await revokeShareLink(db, id);
    if (r === 'missing') throw new RouteError(404, 'share.missing', 'share.noLink', { id });
    return Response.json({ id, revoked: true, already: r === 'already' });
  },
);
