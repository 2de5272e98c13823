/** GET /api/import/progress?job=…: how far the server has read and processed an upload. */
import { z } from 'zod';
import { route } from '@/app/_lib/route';
import { getJob, JOB_ID } from '@/app/_lib/upload';

export const dynamic = 'force-dynamic';

const Query = z.object({ job: z.string().regex(JOB_ID) });

export const GET = route({ access: 'admin' }, async (request) => {
  const parsed = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: 'invalid job id' }, { status: 400 });
  // An import not yet started is simply waiting: the page polls before the upload reaches us.
  const p = getJob(parsed.data.job) ?? { phase: 'waiting', bytesRead: 0, totalBytes: null, rowsRead: 0 };
  return Response.json(p, { headers: { 'cache-control': 'no-store' } });
});
