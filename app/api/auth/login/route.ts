import { type NextRequest, NextResponse } from 'next/server';
import { getConnection } from '@/lib/db/connection';
import { isHttps, safeNextPath, sameOrigin, seeOther } from '@/lib/share/http';
import { ADMIN_PASSWORD_LIMIT, ADMIN_SCOPE, beginAttempt, forgiveAttempt } from '@/lib/share/rateLimit';
import { adminPassword, checkAdminPassword, createAdminSession, SESSION_COOKIE } from '@/lib/share/sessions';

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  const to = (path: string) => new NextResponse(null, seeOther(path));
  const expected = adminPassword();
  if (!expected) return to('/');
  if (!sameOrigin(request.headers)) return to('/login');
  const form = await request.formData().catch(() => null);
  const password = form?.get('password');
  const next = safeNextPath(typeof form?.get('next') === 'string' ? (form!.get('next') as string) : '/');
  const back = (e: string) => to(`/login?e=${e}${next !== '/' ? `&next=${encodeURIComponent(next)}` : ''}`);

  const { db } = await getConnection();
  const now = new Date();
  const ticket = await beginAttempt(db, ADMIN_SCOPE, now, ADMIN_PASSWORD_LIMIT);
  if (!ticket.allowed) return back('locked');
  if (typeof password !== 'string' || !checkAdminPassword(password, expected)) return back('wrong');
  await forgiveAttempt(db, ticket.id);

  const session = await createAdminSession(db, now);
  const res = to(next);
  res.cookies.set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request.url, request.headers.get('x-forwarded-proto')),
    path: '/',
    expires: session.expiresAt,
  });
  return res;
}
