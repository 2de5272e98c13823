import { NextResponse } from 'next/server';
import { route } from '@/app/_lib/route';
import { isHttps, seeOther } from '@/lib/auth/http';
import { endAdminSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { getConnection } from '@/lib/db/connection';

export const dynamic = 'force-dynamic';

/** Ends the session row itself: a copied cookie stops working too. POST only, from this site only. */
export const POST = route(
  { access: 'public', crossSite: () => new NextResponse(null, seeOther('/login')) },
  async (request) => {
    const res = new NextResponse(null, seeOther('/login'));
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
  },
);
