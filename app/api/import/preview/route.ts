/**
 * POST /api/import/preview?name=…&platform=…&complete=1  with the file (or its first part) as
 * the body: what the import would detect, nothing stored.
 */
import { z } from 'zod';
import { route } from '@/app/_lib/route';
import { PREVIEW_XLSX_MAX_BYTES } from '@/app/_lib/upload';
import { getConnection } from '@/lib/db/connection';
import { PreviewBusy, previewInThread } from '@/lib/import/pipeline';
import { PLATFORMS } from '@/lib/import/types';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const Query = z.object({
  name: z.string().trim().min(1).max(255),
  platform: z.enum(PLATFORMS).optional(),
  complete: z.enum(['0', '1']).default('0'),
});

export const POST = route({ access: 'admin' }, async (request) => {
  const parsed = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: 'invalid request' }, { status: 400 });
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > PREVIEW_XLSX_MAX_BYTES) return Response.json({ error: 'preview sample too large' }, { status: 413 });
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > PREVIEW_XLSX_MAX_BYTES)
    return Response.json({ error: 'preview sample too large' }, { status: 413 });
  try {
    const conn = await getConnection();
    const preview = await previewInThread(conn.file, parsed.data.name, bytes, {
      platform: parsed.data.platform,
      complete: parsed.data.complete === '1',
    });
    return Response.json({ preview }, { headers: { 'cache-control': 'no-store' } });
  } catch (e) {
    if (!(e instanceof PreviewBusy)) throw e;
    return Response.json(
      { error: 'busy' },
      { status: 503, headers: { 'retry-after': '2', 'cache-control': 'no-store' } },
    );
  }
});
