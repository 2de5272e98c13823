import type { DB } from '../db/connection';
import { deleteAdminSession } from '../db/queries/deleteAdminSession';
import { deleteExpiredAdminSessions } from '../db/queries/deleteExpiredAdminSessions';
import { findAdminSession } from '../db/queries/findAdminSession';
import { insertAdminSession } from '../db/queries/insertAdminSession';
import { hashToken, isTokenShape, newToken, safeEqual } from './tokens';

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

export async function createAdminSession(db: DB, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await insertAdminSession(db, {
    token_hash: hashToken(token),
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
    last_seen_at: now.toISOString(),
  });
  return { token, expiresAt };
}

/** True only for a cookie whose row exists and has not expired; the row is the truth, not the cookie. */
export async function validateAdminSession(db: DB, token: string | undefined | null, now: Date): Promise<boolean> {
  if (!token || !isTokenShape(token)) return false;
  const row = await findAdminSession(db, hashToken(token));
  if (!row) return false;
  if (row.expires_at <= now.toISOString()) {
    await deleteExpiredAdminSessions(db, now.toISOString());
    return false;
  }
  return true;
}

export async function endAdminSession(db: DB, token: string | undefined | null): Promise<void> {
  if (token && isTokenShape(token)) await deleteAdminSession(db, hashToken(token));
}
