import { NextResponse } from 'next/server';
import { apiError, route } from '@/app/_lib/route';
import { getConnection } from '@/lib/db/connection';
import { bilingual } from '@/lib/i18n/translate';
import { requestOrigin } from '@/lib/share/http';
import { describeIssues, shareCreateInput } from '@/lib/share/input';
import { createShareLink, listShareLinks, ShareError, shareUrl } from '@/lib/share/links';

export const dynamic = 'force-dynamic';

const json = (body: unknown, status = 200) =>
  NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
/** A validation detail (zod's issues) is already "English / 中文"; the rest comes from the catalog. */
const fail = (status: number, code: string, text: string) => apiError(status, { code, zh: text, en: text });
const noShop = (shop: string) => apiError(404, { code: 'shop.missing', ...bilingual('share.noShop', { shop }) });

/** GET /api/shares?shop=NAME: the shop's links with views and last view; never a token. */
export const GET = route({ access: 'admin' }, async (request) => {
  const shop = request.nextUrl.searchParams.get('shop');
  if (!shop || shop.length > 200) return apiError(400, { code: 'request.invalid', ...bilingual('share.shopRequired') });
  const { db } = await getConnection();
  const links = await listShareLinks(db, shop);
  if (!links) return noShop(shop);
  return json({ shop, links });
});

/**
 * POST /api/shares (JSON): {shop, label?, days? | from?+to?, expiresInDays? | expiresOn?, password?,
 * includeOrders?} → 201 {id, url}. The URL is shown this once; only its hash is kept.
 */
export const POST = route({ access: 'admin' }, async (request) => {
  // JSON only: a cross-site HTML form cannot send it (and the wrapper refuses cross-site requests anyway).
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json'))
    return apiError(415, { code: 'request.not_json', ...bilingual('share.notJson') });
  if (Number(request.headers.get('content-length') ?? 0) > 64 * 1024)
    return apiError(413, { code: 'request.too_large', ...bilingual('share.tooLarge') });
  const body = await request.json().catch(() => undefined);
  const parsed = shareCreateInput.safeParse(body);
  if (!parsed.success) return fail(400, 'request.invalid', describeIssues(parsed.error));
  const { db } = await getConnection();
  try {
    const link = await createShareLink(db, parsed.data);
    return json(
      {
        id: link.id,
        url: shareUrl(link.token, process.env.REDLINE_PUBLIC_URL || requestOrigin(request.headers, request.url)),
        expiresAt: link.expiresAt,
      },
      201,
    );
  } catch (e) {
    if (e instanceof ShareError)
      return e.code === 'no-shop' ? noShop(parsed.data.shop) : fail(400, 'request.invalid', e.message);
    throw e;
  }
});
