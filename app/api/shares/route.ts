import { type NextRequest, NextResponse } from 'next/server';
import { getConnection } from '@/lib/db/connection';
import { requestOrigin, sameOrigin } from '@/lib/share/http';
import { describeIssues, shareCreateInput } from '@/lib/share/input';
import { createShareLink, listShareLinks, ShareError, shareUrl } from '@/lib/share/links';

export const dynamic = 'force-dynamic';

const json = (body: unknown, status = 200) => NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/** GET /api/shares?shop=NAME: the shop's links with views and last view; never a token. */
export async function GET(request: NextRequest) {
  const shop = request.nextUrl.searchParams.get('shop');
  if (!shop) return json({ error: 'shop is required / 需要店铺名' }, 400);
  const { db } = await getConnection();
  const links = await listShareLinks(db, shop);
  if (!links) return json({ error: `没有名为「${shop}」的店铺 / no shop named "${shop}"` }, 404);
  return json({ shop, links });
}

/**
 * POST /api/shares (JSON): {shop, label?, days? | from?+to?, expiresInDays? | expiresOn?, password?,
 * includeOrders?} → 201 {id, url}. The URL is shown this once; only its hash is kept.
 */
export async function POST(request: NextRequest) {
  // JSON only: a cross-site HTML form cannot send it, and a cross-site fetch of it needs a preflight this server never grants.
  if (!sameOrigin(request.headers)) return json({ error: 'cross-site request refused' }, 403);
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) return json({ error: 'send JSON / 请以 JSON 提交' }, 415);
  const body = await request.json().catch(() => undefined);
  const parsed = shareCreateInput.safeParse(body);
  if (!parsed.success) return json({ error: describeIssues(parsed.error) }, 400);
  const { db } = await getConnection();
  try {
    const link = await createShareLink(db, parsed.data);
    return json({ id: link.id, url: shareUrl(link.token, process.env.REDLINE_PUBLIC_URL || requestOrigin(request.headers, request.url)), expiresAt: link.expiresAt }, 201);
  } catch (e) {
    if (e instanceof ShareError) return json({ error: e.message }, e.code === 'no-shop' ? 404 : 400);
    throw e;
  }
}
