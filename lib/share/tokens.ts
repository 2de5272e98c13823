import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits: far past the 128 a guesser would need to be hopeless against. */
export const TOKEN_BYTES = 32;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** A fresh secret for a URL or a cookie: random bytes from crypto, base64url, no padding. */
export function newToken(bytes = TOKEN_BYTES): string {
  return randomBytes(bytes).toString('base64url');
}

/** Public ids (share link ids in the admin side and the CLI): random, short, not secret. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

export function isTokenShape(text: string): boolean {
  return TOKEN_RE.test(text);
}

/**
 * What the database keeps instead of the token. A plain sha256 is enough here: the token is
 * 256 random bits, so there is nothing for a slow hash to protect against.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Equality of two strings without an early exit that a clock could measure. */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a, 'utf8').digest();
  const hb = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(ha, hb);
}
