import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy, isHttps, isPublicPath, isSharePath, SHARE_HEADERS, sameOrigin } from '@/lib/auth/http';
import { adminPassword, SESSION_COOKIE, validateAdminSession } from '@/lib/auth/sessions';
import { getConnection } from '@/lib/db/connection';
import { isAllowedHost, requestHost, unknownHostResponse } from '@/lib/http/hosts';
import { LANG_COOKIE, parseLang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';

/** A path whose percent-escapes do not decode (/r/%FF) names nothing: 404 here, before Next's decoding throws a 500. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every page and API. First what every request must pass: a Host that is one of this
 * server's names (421 otherwise, with no data: DNS rebinding), a path that decodes (404), and for a
 * state change (a form post, a server action) a same-origin request (403). Then it checks the admin session when REDLINE_ADMIN_PASSWORD is set
 * (the session row, not just the cookie, so logging out ends it at once), and sets the content
 * security policy with a fresh nonce. Shared reports get their no-store / noindex headers here too.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = isHttps(request.url, request.headers.get('x-forwarded-proto'));
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', https });

  const t = translator(parseLang(request.cookies.get(LANG_COOKIE)?.value));
  // The routes' one error shape (app/_lib/route.ts), for what is refused before a route runs.
  const refuse = (status: number, code: string, message: string) =>
    NextResponse.json({ error: { code, message } }, { status, headers: { 'Cache-Control': 'no-store' } });

  const withHeaders = (res: NextResponse) => {
    res.headers.set('Content-Security-Policy', csp);
    res.headers.set('Referrer-Policy', 'same-origin');
    if (isSharePath(pathname)) for (const [k, v] of Object.entries(SHARE_HEADERS)) res.headers.set(k, v);
    return res;
  };

  if (!isAllowedHost(requestHost(request.headers))) return unknownHostResponse();
  if (!decodable(pathname))
    return withHeaders(new NextResponse('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } }));
  if (!SAFE_METHODS.has(request.method) && !sameOrigin(request.headers)) {
    // The auth routes answer a cross-site form with a redirect of their own, through the route wrapper.
    if (!pathname.startsWith('/api/auth/') && !pathname.endsWith('/unlock'))
      return withHeaders(refuse(403, 'request.cross_site', t('errors.crossSite')));
  }

  if (adminPassword() && !isPublicPath(pathname)) {
    const { db } = await getConnection();
    const ok = await validateAdminSession(db, request.cookies.get(SESSION_COOKIE)?.value, new Date());
    if (!ok) {
      if (pathname.startsWith('/api/')) return withHeaders(refuse(401, 'auth.required', t('errors.loginRequired')));
      const login = new URL('/login', request.url);
      if (pathname !== '/') login.searchParams.set('next', pathname + search);
      return withHeaders(NextResponse.redirect(login, 303));
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  // Everything but the build's static files, so new pages and APIs are locked without anyone
  // remembering to. One exception: the streaming upload (/api/import), because Next buffers the
  // body of every request the proxy sees (cut at proxyClientMaxBodySize); that route checks the
  // session itself with the same validateAdminSession.
  matcher: ['/((?!_next/static/|_next/image|api/import$).*)'],
};
