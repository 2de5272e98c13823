import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/app/_lib/route';
import { isHttps, SHARE_HEADERS, seeOther } from '@/lib/auth/http';
import { getConnection } from '@/lib/db/connection';
import { clientAddress } from '@/lib/http/peer';
import { GRANT_COOKIE, grantLinkAccess, resolveShareLink } from '@/lib/share/links';
import { verifyPassword } from '@/lib/share/passwords';
import { beginAttempt, forgiveAttempt, linkScope, secondsUntil } from '@/lib/share/rateLimit';

export const dynamic = 'force-dynamic';

const Params = z.object({ token: z.string() });

const backTo = (token: string, query = '') =>
  new NextResponse(null, seeOther(`/r/${encodeURIComponent(token)}${query}`, SHARE_HEADERS));

/**
 * The password form's target. Every outcome is a 303 back to the report (which then shows it, the
 * form again, or the 404), so an unknown token here tells nothing the report page would not.
 */
export const POST = route(
  {
    access: 'public',
    params: Params,
    crossSite: (request) =>
      new NextResponse(null, seeOther(`/r/${request.nextUrl.pathname.split('/')[2] ?? ''}`, SHARE_HEADERS)),
  },
  async (request, { params: { token } }) => {
    const back = (query = '') => backTo(token, query);
    const { db } = await getConnection();
    const now = new Date();
    const link = await resolveShareLink(db, token, now);
    if (!link?.password_hash) return back();

    const form = await request.formData().catch(() => null);
    const password = form?.get('password');
    const ticket = await beginAttempt(db, linkScope(link.id), clientAddress(request.headers), now);
    if (!ticket.allowed) return back(`?e=wait&s=${secondsUntil(ticket.retryAt, now)}`);
    if (typeof password !== 'string' || !(await verifyPassword(password, link.password_hash))) return back('?e=wrong');

    await forgiveAttempt(db, ticket.id);
    const grant = await grantLinkAccess(db, link, now);
    const res = back();
    res.cookies.set(GRANT_COOKIE, grant.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: isHttps(request.url, request.headers.get('x-forwarded-proto')),
      // Scoped to this link: another shared link in the same browser never sees it.
      path: `/r/${token}`,
      expires: grant.expiresAt,
    });
    return res;
  },
);
