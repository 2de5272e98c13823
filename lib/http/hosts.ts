/**
 * Which Host names this server answers to. A DNS-rebinding page reaches the loopback server under
 * its own name (evil.example resolving to 127.0.0.1); the browser then sends "Host: evil.example",
 * and that is all the server can tell apart, so every other name gets 421 and no data.
 */
import { isLoopbackName } from './loopback';
import { trustProxy } from './peer';

export interface HostPolicy {
  /** Loopback names are accepted when the server itself listens on loopback. */
  loopback: boolean;
  /** Lower-case host names (no port): REDLINE_PUBLIC_URL's and REDLINE_ALLOWED_HOSTS. */
  names: ReadonlySet<string>;
}

/** The name part of a Host header ("[::1]:3000" → "::1", "Example.com.:80" → "example.com"), or null if it is not one. */
export function hostName(header: string | null | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h) ?? /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(h);
  return m ? m[1].replace(/\.$/, '') : null;
}

export function hostPolicy(env: Record<string, string | undefined> = process.env): HostPolicy {
  const names = new Set<string>();
  if (env.REDLINE_PUBLIC_URL) {
    try {
      names.add(new URL(env.REDLINE_PUBLIC_URL).hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1'));
    } catch {
      // A malformed public URL adds no name; links made with it would not work either.
    }
  }
  for (const part of (env.REDLINE_ALLOWED_HOSTS ?? '').split(/[\s,]+/)) {
    const name = hostName(part);
    if (name) names.add(name);
  }
  // HOST is what `npm start` listens on (unset: 127.0.0.1).
  const listen = env.HOST || '127.0.0.1';
  return { loopback: isLoopbackName(listen), names };
}

export function isAllowedHost(header: string | null | undefined, policy: HostPolicy = hostPolicy()): boolean {
  const name = hostName(header);
  if (!name) return false;
  if (policy.names.has(name)) return true;
  return policy.loopback && isLoopbackName(name);
}

/**
 * The host the browser asked for: the Host header, or a trusted reverse proxy's X-Forwarded-Host.
 * Next fills X-Forwarded-Host from Host itself, so without REDLINE_TRUST_PROXY it is never read.
 */
export function requestHost(headers: Headers): string | null {
  if (trustProxy()) {
    const forwarded = headers.get('x-forwarded-host')?.split(',')[0].trim();
    if (forwarded) return forwarded;
  }
  return headers.get('host');
}

/**
 * The address merchants reach this server by, for links made without a request to read it from
 * (the command line, alerts): REDLINE_PUBLIC_URL, or this machine on the port `npm start` uses.
 */
export function publicBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.REDLINE_PUBLIC_URL || `http://127.0.0.1:${env.PORT || 3000}`).replace(/\/+$/, '');
}

/**
 * What a request under a name the server does not answer to gets (421): no data, only how to reach
 * it, in both languages (no page, so no language choice). A rebinding page cannot read it anyway.
 */
export function unknownHostResponse(): Response {
  const text = [
    `这个 Redline 服务器不接受以这个名称访问。请用它自己的地址打开（${publicBaseUrl()}），或请管理员把这个名称加入 REDLINE_ALLOWED_HOSTS。`,
    `This Redline server does not answer to this name. Open it at its own address (${publicBaseUrl()}), or ask the admin to add the name to REDLINE_ALLOWED_HOSTS.`,
  ].join('\n');
  return new Response(`${text}\n`, {
    status: 421,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
