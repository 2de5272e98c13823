/**
 * The one way to write a route handler (as Dub's withWorkspace): every handler under app/ is built
 * by `route`, which answers before the handler runs when
 *   - the Host is not one of this server's names (421: a DNS-rebinding page gets nothing),
 *   - a state change comes from another site (403: Sec-Fetch-Site / Origin),
 *   - the admin side is locked and there is no valid session (401),
 *   - the URL's segments or query do not pass their schema (404 / 400),
 * hands the handler the parsed input and a translator for the request's language, turns a
 * `RouteError` or anything else thrown into the one error shape `{ error: { code, message } }`
 * (the message in the request's language, never a stack trace), and marks every answer
 * `Cache-Control: no-store`. proxy.ts checks the same things for pages; /api/import is outside its
 * matcher, so the checks here are the ones that hold for every route.
 * test/security/routes.test.ts holds every route file to this.
 */
import 'server-only';
import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { sameOrigin } from '@/lib/auth/http';
import { adminPassword, SESSION_COOKIE, validateAdminSession } from '@/lib/auth/sessions';
import { getConnection } from '@/lib/db/connection';
import { isAllowedHost, requestHost, unknownHostResponse } from '@/lib/http/hosts';
import { LANG_COOKIE, type Lang, parseLang } from '@/lib/i18n/lang';
import { type MessageKey, type Translate, translator, type Vars } from '@/lib/i18n/translate';
import { issueFields } from '@/lib/input/fields';

/** Who may call a route: the admin (a session when a password is set) or anyone (shared reports, login). */
export type Access = 'admin' | 'public';

export const ROUTE = Symbol.for('redline.route');

/** Thrown by a handler: answered as `{ error: { code, message } }` with `message` = t(key, vars). */
export class RouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly key: MessageKey,
    readonly vars?: Vars,
    readonly headers?: Record<string, string>,
  ) {
    super(code);
  }
}

/** The error shape of every route. */
export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error: { code, message } }, { status, headers });
}

export interface RouteInput<Q, P> {
  query: Q;
  params: P;
  lang: Lang;
  t: Translate;
}

export interface RouteOptions<Q, P> {
  access: Access;
  /** The query string's schema (400 when it fails). */
  query?: z.ZodType<Q>;
  /** The URL segments' schema (404 when they fail: a malformed id names nothing). */
  params?: z.ZodType<P>;
  /** What a cross-site state change gets instead of the 403 (a form post's redirect back). */
  crossSite?: (request: NextRequest) => Response;
}

type NextContext = { params?: Promise<Record<string, string | string[]>> };
type Handler<Q, P> = (request: NextRequest, input: RouteInput<Q, P>) => Promise<Response> | Response;
export type RouteHandler = ((request: NextRequest, ctx: NextContext) => Promise<Response>) & { [ROUTE]: Access };

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

/** Never cached, by the browser or a proxy: every answer is about stored data that can change. */
function noStore(res: Response): Response {
  try {
    res.headers.set('cache-control', 'no-store');
    return res;
  } catch {
    // Immutable headers (a Response.redirect): copy them.
    const headers = new Headers(res.headers);
    headers.set('cache-control', 'no-store');
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

async function answer<Q, P>(
  opts: RouteOptions<Q, P>,
  handler: Handler<Q, P>,
  request: NextRequest,
  ctx: NextContext,
  t: Translate,
  lang: Lang,
): Promise<Response> {
  if (!isAllowedHost(requestHost(request.headers))) return unknownHostResponse();
  if (!SAFE_METHODS.has(request.method) && !sameOrigin(request.headers))
    return opts.crossSite?.(request) ?? apiError(403, 'request.cross_site', t('errors.crossSite'));
  if (opts.access === 'admin' && adminPassword()) {
    const { db } = await getConnection();
    if (!(await validateAdminSession(db, cookie(request, SESSION_COOKIE), new Date())))
      return apiError(401, 'auth.required', t('errors.loginRequired'));
  }
  const params = opts.params ? opts.params.safeParse((await ctx.params) ?? {}) : null;
  if (params && !params.success) return apiError(404, 'not_found', t('errors.notFound'));
  const query = opts.query ? opts.query.safeParse(Object.fromEntries(request.nextUrl.searchParams)) : null;
  if (query && !query.success)
    return apiError(400, 'request.invalid', t('errors.invalid', { fields: issueFields(query.error).join(', ') }));
  try {
    return await handler(request, { query: query?.data as Q, params: params?.data as P, lang, t });
  } catch (e) {
    if (e instanceof RouteError) return apiError(e.status, e.code, t(e.key, e.vars), e.headers);
    // Next's own control flow (notFound, redirect) travels as errors: let it through.
    if (e && typeof e === 'object' && 'digest' in e) throw e;
    console.error(e);
    return apiError(500, 'server.error', t('errors.internal'));
  }
}

export function route<Q = undefined, P = undefined>(opts: RouteOptions<Q, P>, handler: Handler<Q, P>): RouteHandler {
  const wrapped = async (request: NextRequest, ctx: NextContext): Promise<Response> => {
    const lang = parseLang(cookie(request, LANG_COOKIE));
    return noStore(await answer(opts, handler, request, ctx ?? {}, translator(lang), lang));
  };
  return Object.assign(wrapped, { [ROUTE]: opts.access });
}
