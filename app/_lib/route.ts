/**
 * The one way to write a route handler (as Dub's withWorkspace): every handler under app/ is built
 * by `route`, which answers before the handler runs when
 *   - the Host is not one of this server's names (421: a DNS-rebinding page gets nothing),
 *   - a state change comes from another site (403: Sec-Fetch-Site / Origin),
 *   - the admin side is locked and there is no valid session (401),
 * and turns anything the handler throws into the same error shape, never a stack trace.
 * proxy.ts checks the same things for pages; /api/import is outside its matcher, so the checks
 * here are the ones that hold for every route. test/security/routes.test.ts holds every route
 * file to this.
 */
import type { NextRequest } from 'next/server';
import { getConnection } from '@/lib/db/connection';
import { isAllowedHost, requestHost } from '@/lib/http/hosts';
import { bilingual } from '@/lib/i18n/translate';
import { sameOrigin } from '@/lib/share/http';
import { adminPassword, SESSION_COOKIE, validateAdminSession } from '@/lib/share/sessions';

export interface ApiError {
  code: string;
  zh: string;
  en: string;
}

/** The error shape of every route: `{ error: { code, zh, en } }`, never cached. */
export function apiError(status: number, error: ApiError, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: { 'cache-control': 'no-store' } });
}

export const ERRORS = {
  host: { code: 'request.unknown_host', ...bilingual('errors.unknownHost') },
  crossSite: { code: 'request.cross_site', ...bilingual('errors.crossSite') },
  login: { code: 'auth.required', ...bilingual('errors.loginRequired') },
  internal: { code: 'server.error', ...bilingual('errors.internal') },
} satisfies Record<string, ApiError>;

/** Who may call a route: the admin (a session when a password is set) or anyone (shared reports, login). */
export type Access = 'admin' | 'public';

export const ROUTE = Symbol.for('redline.route');

type Handler<C> = (request: NextRequest, ctx: C) => Promise<Response> | Response;
export type RouteHandler<C> = ((request: NextRequest, ctx: C) => Promise<Response>) & { [ROUTE]: Access };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try {
        return decodeURIComponent(v.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface RouteOptions {
  access: Access;
  /** What a cross-site state change gets instead of the 403 (a form post's redirect back). */
  crossSite?: (request: NextRequest) => Response;
}

export function route<C = unknown>(opts: RouteOptions, handler: Handler<C>): RouteHandler<C> {
  const wrapped = async (request: NextRequest, ctx: C): Promise<Response> => {
    if (!isAllowedHost(requestHost(request.headers)))
      return new Response(null, { status: 421, headers: { 'cache-control': 'no-store' } });
    if (!SAFE_METHODS.has(request.method) && !sameOrigin(request.headers))
      return opts.crossSite?.(request) ?? apiError(403, ERRORS.crossSite);
    if (opts.access === 'admin' && adminPassword()) {
      const { db } = await getConnection();
      if (!(await validateAdminSession(db, cookie(request, SESSION_COOKIE), new Date())))
        return apiError(401, ERRORS.login);
    }
    try {
      return await handler(request, ctx);
    } catch (e) {
      // Next's own control flow (notFound, redirect) travels as errors: let it through.
      if (e && typeof e === 'object' && 'digest' in e) throw e;
      console.error(e);
      return apiError(500, ERRORS.internal);
    }
  };
  return Object.assign(wrapped, { [ROUTE]: opts.access });
}
