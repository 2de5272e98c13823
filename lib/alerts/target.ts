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

/** Keeps the first and last two characters of a secret: enough to tell two apart, not to use one. */
export function maskSecret(s: string): string {
  if (s.length <= 6) return '…';
  return `${s.slice(0, 2)}…${s.slice(-2)}`;
}

/**
 * A webhook URL as it may be shown: scheme, host and path (the Feishu token is the path's last
 * segment: masked), every query value masked (DingTalk's access_token, WeCom's key).
 */
export function maskUrl(text: string): string {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return maskSecret(text);
  }
  const parts = u.pathname.split('/');
  const last = parts.at(-1) ?? '';
  if (last.length > 12) parts[parts.length - 1] = maskSecret(last);
  const query = [...u.searchParams.entries()].map(([k, v]) => `${k}=${maskSecret(v)}`).join('&');
  return `${u.protocol}//${u.host}${parts.join('/')}${query ? `?${query}` : ''}`;
}

/** Text that may be stored or logged, with the channel's secrets taken out wherever they appear. */
export function scrub(text: string, secrets: readonly (string | null)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('…');
  return out;
}
