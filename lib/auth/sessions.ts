import 'server-only';
import { createHmac, scryptSync } from 'node:crypto';
import type { DB } from '../db/connection';
import { deleteAdminSession } from '../db/queries/deleteAdminSession';
import { deleteExpiredAdminSessions } from '../db/queries/deleteExpiredAdminSessions';
import { findAdminSession } from '../db/queries/findAdminSession';
import { insertAdminSession } from '../db/queries/insertAdminSession';
import { hashToken, isTokenShape, newToken, safeEqual } from '../share/tokens';

export const SESSION_COOKIE = 'redline_session';
/** A login lasts a working week; logging out ends it at once, everywhere the cookie went. */
export const SESSION_TTL_MS = 7 * 24 * 3_600_000;

/** The admin password, when one is set: then every admin page and API needs a login. */
export function adminPassword(): string | null {
  return process.env.REDLINE_ADMIN_PASSWORD || null;
}

export function checkAdminPassword(given: string, expected: string): boolean {
  return safeEqual(given, expected);
}

const keys = new Map<string, Buffer>();

/**
 * What binds a session to the password that made it: an HMAC of the session's hash under a key
 * drawn from the password with scrypt (once per process), so a copy of the database does not let
 * anyone test guesses of the password quickly. A new password gives other fingerprints: every
 * session made under the old one fails at once, across restarts, without anyone deleting rows.
 */
export function passwordFingerprint(password: string, tokenHash: string): string {
  let key = keys.get(password);
  if (!key) {
    key = scryptSync(password.normalize('NFC'), 'redline admin session v1', 32, { N: 1 << 14, r: 8, p: 1 });
    keys.clear();
    keys.set(password, key);
  }
  return createHmac('sha256', key).update(tokenHash).digest('hex');
}

export async function createAdminSession(
  db: DB,
  now: Date,
  password = adminPassword() ?? '',
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  const tokenHash = hashToken(token);
  await insertAdminSession(db, {
    token_hash: tokenHash,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
    last_seen_at: now.toISOString(),
    password_fp: passwordFingerprint(password, tokenHash),
  });
  return { token, expiresAt };
}

/**
 * True only for a cookie whose row exists, has not expired and was made under today's admin
 * password; the row is the truth, not the cookie.
 */
export async function validateAdminSession(
  db: DB,
  token: string | undefined | null,
  now: Date,
  password = adminPassword() ?? '',
): Promise<boolean> {
  if (!token || !isTokenShape(token)) return false;
  const tokenHash = hashToken(token);
  const row = await findAdminSession(db, tokenHash);
  if (!row) return false;
  if (row.expires_at <= now.toISOString()) {
    await deleteExpiredAdminSessions(db, now.toISOString());
    return false;
  }
  return row.password_fp !== null && safeEqual(row.password_fp, passwordFingerprint(password, tokenHash));
}

export async function endAdminSession(db: DB, token: string | undefined | null): Promise<void> {
  if (token && isTokenShape(token)) await deleteAdminSession(db, hashToken(token));
}
