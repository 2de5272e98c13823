import { RouteError, route } from '@/app/_lib/route';
import { requestOrigin } from '@/lib/auth/http';
import { getConnection } from '@/lib/db/connection';
import { issueFields } from '@/lib/input/fields';
import { shareCreateInput, shareListQuery } from '@/lib/input/share';
import { createShareLink, listShareLinks, shareUrl } from '@/lib/share/links';
import { shopById } from '@/lib/shops/shops';

export const dynamic = 'force-dynamic';

/** GET /api/shares?shop=ID: the shop's links with views and last view; never a token. */
export const GET = route({ access: 'admin', query: shareListQuery }, async (_request, { query }) => {
  const { db } = await getConnection();
  const shop = await shopById(db, query.shop);
  if (!shop) throw new RouteError(404, 'shop.missing', 'errors.noShop', { id: query.shop });
  return Response.json({ shop: shop.id, links: await listShareLinks(db, shop) });
});

/**
 * POST /api/shares (JSON): {shopId, label?, days? | from?+to?, expiresInDays? | expiresOn?, password?,
 * includeOrders?} → 201 {id, url}. The URL is shown this once; only its hash is kept.
 */
export const POST = route({ access: 'admin' }, async (request, { t }) => {
  // JSON only: a cross-site HTML form cannot send it (and the wrapper refuses cross-site requests anyway).
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json'))
    throw new RouteError(415, 'request.not_json', 'errors.notJson');
  if (Number(request.headers.get('content-length') ?? 0) > 64 * 1024)
    throw new RouteError(413, 'request.too_large', 'errors.tooLarge');
  const parsed = shareCreateInput.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success)
    return Response.json(
      {
        error: {
          code: 'request.invalid',
          message: t('errors.invalid', { fields: issueFields(parsed.error).join(', ') }),
        },
      },
      { status: 400 },
    );
  const { db } = await getConnection();
  const shop = await shopById(db, parsed.data.shopId);
  if (!shop) throw new RouteError(404, 'shop.missing', 'errors.noShop', { id: parsed.data.shopId });
  const { shopId: _, ...options } = parsed.data;
  const link = await createShareLink(db, shop, options);
  const base = process.env.REDLINE_PUBLIC_URL || requestOrigin(request.headers, request.url);
  return Response.json({ id: link.id, url: shareUrl(link.token, base), expiresAt: link.expiresAt }, { status: 201 });
});
