/**
 * POST /api/import/preview?name=…&shop=ID&platform=…&mapping=JSON&complete=1  with the file (or its first part) as
 * the body: what the import would detect, nothing stored.
 */
import { RouteError, route } from '@/app/_lib/route';
import { PREVIEW_XLSX_MAX_BYTES } from '@/app/_lib/upload';
import { getConnection } from '@/lib/db/connection';
import { PreviewBusy, previewInThread } from '@/lib/import/previewInThread';
import { shopMappings } from '@/lib/import/savedMappings';
import { previewQuery } from '@/lib/input/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const tooLarge = () => new RouteError(413, 'request.too_large', 'errors.tooLarge');

export const POST = route({ access: 'admin', query: previewQuery }, async (request, { query }) => {
  if (Number(request.headers.get('content-length') ?? 0) > PREVIEW_XLSX_MAX_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > PREVIEW_XLSX_MAX_BYTES) throw tooLarge();
  try {
    const conn = await getConnection();
    // The chosen shop's saved mappings: a header mapped before is read as the import will read it.
    const saved = query.shop === undefined ? undefined : await shopMappings(conn.db, query.shop);
    const preview = await previewInThread(conn.file, query.name, bytes, {
      platform: query.platform,
      mapping: query.mapping,
      saved,
      complete: query.complete === '1',
    });
    return Response.json({ preview });
  } catch (e) {
    if (!(e instanceof PreviewBusy)) throw e;
    throw new RouteError(503, 'server.busy', 'errors.busy', undefined, { 'retry-after': '2' });
  }
});
