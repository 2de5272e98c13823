/**
 * Where a channel may send: the URL the merchant entered, https, or http only to this machine
 * (a receiver in tests, a relay beside the server). And how a channel's secrets are shown: never
 * in full.
 */
import { isLoopbackName } from '../http/loopback';

export type TargetProblem = 'url' | 'scheme' | 'credentials';

/** Why a URL cannot be a channel's target, or null when it can. */
export function targetProblem(text: string): TargetProblem | null {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return 'url';
  }
  if (u.username || u.password) return 'credentials';
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && isLoopbackName(u.hostname)) return null;
  return 'scheme';
}

/**
 * Keeps the first and last two characters of a long secret: enough to tell two apart, not to use
 * one. A short one (a plain webhook's path token) shows nothing: four of its seven characters
 * would be most of it.
 */
export function maskSecret(s: string): string {
  if (s.length < 16) return '…';
  return `${s.slice(0, 2)}…${s.slice(-2)}`;
}

/**
 * A path segment that may be a token: long (Feishu's hook id), or with a digit in it (a plain
 * webhook's secret, however short: Zapier's /hooks/catch/1234567/3abcdef/). Words stay readable.
 */
const isToken = (segment: string) => segment.length > 12 || (segment.length >= 4 && /\d/.test(segment));

/** The path segments of a webhook URL that are masked when shown and scrubbed from what is kept. */
export function pathTokens(u: URL): string[] {
  return u.pathname.split('/').filter(isToken);
}

/**
 * A webhook URL as it may be shown: scheme, host and path, with every segment that may be a token
 * masked (the Feishu token, a plain webhook's secret), every query value masked (DingTalk's
 * access_token, WeCom's key).
 */
export function maskUrl(text: string): string {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return maskSecret(text);
  }
  const path = u.pathname
    .split('/')
    .map((p) => (isToken(p) ? maskSecret(p) : p))
    .join('/');
  const query = [...u.searchParams.entries()].map(([k, v]) => `${k}=${maskSecret(v)}`).join('&');
  return `${u.protocol}//${u.host}${path}${query ? `?${query}` : ''}`;
}

/** Text that may be stored or logged, with the channel's secrets taken out wherever they appear. */
export function scrub(text: string, secrets: readonly (string | null)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('…');
  return out;
}
