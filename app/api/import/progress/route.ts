/** GET /api/import/progress?job=…: how far the server (this instance or another) has read and processed an upload. */
import { route } from '@/app/_lib/route';
import { readJobProgress } from '@/app/_lib/upload';
import { getConnection } from '@/lib/db/connection';
import { progressQuery } from '@/lib/input/routes';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin', query: progressQuery }, async (_request, { query }) => {
  const { db } = await getConnection();
  // An import not yet started is simply waiting: the page polls before the upload reaches us.
  return Response.json(
    (await readJobProgress(db, query.job)) ?? { phase: 'waiting', bytesRead: 0, totalBytes: null, rowsRead: 0 },
  );
});
