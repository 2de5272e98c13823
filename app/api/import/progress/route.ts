/** GET /api/import/progress?job=…: how far the server has read and processed an upload. */
import { route } from '@/app/_lib/route';
import { getJob } from '@/app/_lib/upload';
import { progressQuery } from '@/lib/input/routes';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin', query: progressQuery }, async (_request, { query }) => {
  // An import not yet started is simply waiting: the page polls before the upload reaches us.
  return Response.json(getJob(query.job) ?? { phase: 'waiting', bytesRead: 0, totalBytes: null, rowsRead: 0 });
});
