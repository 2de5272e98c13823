/**
 * Who sent a request, for the password throttle. The socket's address is stamped on each request
 * as it arrives (instrumentation.ts); a client's own X-Forwarded-For is believed only when
 * REDLINE_TRUST_PROXY says a reverse proxy in front of Redline writes it.
 */
export const PEER_HEADER = 'x-redline-peer';

export function trustProxy(env: Record<string, string | undefined> = process.env): boolean {
  const v = env.REDLINE_TRUST_PROXY?.trim().toLowerCase();
  return Boolean(v) && v !== '0' && v !== 'false' && v !== 'no';
}

/** The client's address: the last X-Forwarded-For entry (the one our own proxy added) when trusted, else the socket's. */
export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  if (trustProxy(env)) {
    const last = headers.get('x-forwarded-for')?.split(',').pop()?.trim();
    if (last) return normalizeAddress(last);
  }
  return normalizeAddress(headers.get(PEER_HEADER) ?? 'unknown');
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client; at most 64 characters are kept as a key. */
function normalizeAddress(a: string): string {
  return a
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')
    .slice(0, 64)
    .toLowerCase();
}
