import { type NextRequest, NextResponse } from 'next/server';
import { getConnection } from '@/lib/db/connection';
import { isHttps, sameOrigin, seeOther } from '@/lib/share/http';
import { endAdminSession, SESSION_COOKIE } from '@/lib/share/sessions';

export const dynamic = 'force-dynamic';

/** Ends the session row itself: a copied cookie stops working too. POST only, from this site only. */
export async function POST(request: NextRequest) {
  const res = new NextResponse(null, seeOther('/login'));
  if (!sameOrigin(request.headers)) return res;
  const { db } = await getConnection();
  await endAdminSession(db, request.cookies.get(SESSION_COOKIE)?.value);
  res.cookies.set(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request.url, request.headers.get('x-forwarded-proto')),
    path: '/',
    maxAge: 0,
  });
  return res;
}
