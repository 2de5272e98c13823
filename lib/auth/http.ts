/** What the edge of the app needs: which paths are open without a login, the headers every page carries, same-origin. */
import 'server-only';
import { requestHost } from '../http/hosts';

/**
 * Paths anyone may open even when the admin side is locked: shared reports, the login form and its
 * endpoint, and the icons the browser asks for on those pages. Everything else needs a session.
 */
export function isPublicPath(pathname: string): boolean {
  return (
    pathname.startsWith('/r/') ||
    pathname === '/login' ||
    pathname === '/api/auth/login' ||
    pathname === '/api/auth/logout' ||
    pathname === '/favicon.ico' ||
    pathname === '/icon.svg' ||
    pathname === '/robots.txt'
  );
}

export function isSharePath(pathname: string): boolean {
  return pathname.startsWith('/r/');
}

/**
 * Scripts only with this request's nonce (Next puts it on its own scripts when it finds it in the
 * request's CSP header). Styles allow inline: React renders style attributes (chart sizes, bars)
 * that no nonce can cover, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Headers on every response of a shared report: never stored, never indexed, never leaking the token onward. */
export const SHARE_HEADERS: Record<string, string> = {
  'Cache-Control': 'private, no-store, max-age=0',
  'X-Robots-Tag': 'noindex, nofollow, noarchive',
  'Referrer-Policy': 'no-referrer',
};

/** A request that came over https, directly or through a reverse proxy that says so. */
export function isHttps(url: URL | string, forwardedProto: string | null): boolean {
  const proto = forwardedProto?.split(',')[0].trim().toLowerCase();
  if (proto) return proto === 'https';
  return new URL(url).protocol === 'https:';
}

/**
 * A local path to go back to after login; anything else (other hosts, "//x", "/\\x") goes home.
 * No control characters at all: browsers drop a TAB or newline inside a URL, so "/\t/evil.example"
 * would become "//evil.example", another host.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (
    !next ||
    next.length > 2000 ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\') ||
    /\p{Cc}/u.test(next)
  )
    return '/';
  return next;
}

/**
 * Cross-site form posts and fetches are refused. Browsers say where a request comes from in
 * Sec-Fetch-Site; without it, an Origin header must be this server's own. (Under no-referrer, as on
 * the shared reports, Chromium sends "Origin: null" even from the same page, so Sec-Fetch-Site
 * comes first.) Requests from outside a browser carry neither and are not a CSRF concern.
 */
export function sameOrigin(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = headers.get('origin');
  if (!origin) return true;
  const host = requestHost(headers);
  if (origin === 'null' || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Init for a 303 to a path on this server, as a relative Location: behind a reverse proxy or on 127.0.0.1
 * the server's idea of its own host ("localhost") may not be the one the browser used, and a
 * redirect to another host would lose the cookie just set.
 */
export function seeOther(path: string, headers: Record<string, string> = {}): ResponseInit {
  return { status: 303, headers: { Location: path, 'Cache-Control': 'no-store', ...headers } };
}

/**
 * The origin the browser used, for links handed back to it: the Host header (or a reverse proxy's
 * X-Forwarded-Host/-Proto), not the server's idea of itself, which says "localhost" for 127.0.0.1.
 */
export function requestOrigin(headers: Headers, url: string): string {
  const host = requestHost(headers);
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return new URL(url).origin;
  return `${isHttps(url, headers.get('x-forwarded-proto')) ? 'https' : 'http'}://${host}`;
}
