import { NextResponse } from 'next/server';
import { route } from '@/app/_lib/route';
import { isHttps, safeNextPath, seeOther } from '@/lib/auth/http';
import { adminPassword, checkAdminPassword, createAdminSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { getConnection } from '@/lib/db/connection';
import { clientAddress } from '@/lib/http/peer';
import { ADMIN_SCOPE, beginAttempt, forgiveAttempt, secondsUntil } from '@/lib/share/rateLimit';

export const dynamic = 'force-dynamic';

const to = (path: string) => new NextResponse(null, seeOther(path));

export const POST = route({ access: 'public', crossSite: () => to('/login') }, async (request) => {
  const expected = adminPassword();
  if (!expected) return to('/');
  const form = await request.formData().catch(() => null);
  const password = form?.get('password');
  const next = safeNextPath(typeof form?.get('next') === 'string' ? (form!.get('next') as string) : '/');
  const back = (e: string) => to(`/login?e=${e}${next !== '/' ? `&next=${encodeURIComponent(next)}` : ''}`);

  const { db } = await getConnection();
  const now = new Date();
  const ticket = await beginAttempt(db, ADMIN_SCOPE, clientAddress(request.headers), now);
  if (!ticket.allowed) return back(`wait&s=${secondsUntil(ticket.retryAt, now)}`);
  if (typeof password !== 'string' || password.length > 1024 || !checkAdminPassword(password, expected))
    return back('wrong');
  await forgiveAttempt(db, ticket.id);

  const session = await createAdminSession(db, now, expected);
  const res = to(next);
  res.cookies.set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request.url, request.headers.get('x-forwarded-proto')),
    path: '/',
    expires: session.expiresAt,
  });
  return res;
});
