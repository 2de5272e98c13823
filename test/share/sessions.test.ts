import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createAdminSession, endAdminSession, SESSION_TTL_MS, validateAdminSession } from '@/lib/auth/sessions';
import { hashToken } from '@/lib/share/tokens';
import { type ShareTestDb, shareTestDb } from './db';

const t0 = new Date('2024-03-01T00:00:00.000Z');
let conn: ShareTestDb;
beforeEach(async () => {
  conn = await shareTestDb();
});
afterEach(async () => {
  await conn.cleanup();
});

describe('admin sessions', () => {
  test('live server-side: only the hash of the cookie is stored', async () => {
    const { token, expiresAt } = await createAdminSession(conn.db, t0);
    expect(expiresAt.getTime() - t0.getTime()).toBe(SESSION_TTL_MS);
    const rows = conn.raw.prepare('select * from admin_sessions').all() as { token_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await validateAdminSession(conn.db, token, t0)).toBe(true);
  });

  test('expire after 7 days (frozen clock)', async () => {
    const { token } = await createAdminSession(conn.db, t0);
    expect(await validateAdminSession(conn.db, token, new Date(t0.getTime() + SESSION_TTL_MS - 1))).toBe(true);
    expect(await validateAdminSession(conn.db, token, new Date(t0.getTime() + SESSION_TTL_MS))).toBe(false);
    // The expired row is gone: turning the clock back does not revive it.
    expect(await validateAdminSession(conn.db, token, t0)).toBe(false);
  });

  test('logging out ends that session and no other', async () => {
    const a = await createAdminSession(conn.db, t0);
    const b = await createAdminSession(conn.db, t0);
    await endAdminSession(conn.db, a.token);
    expect(await validateAdminSession(conn.db, a.token, t0)).toBe(false);
    expect(await validateAdminSession(conn.db, b.token, t0)).toBe(true);
  });

  test('made-up, empty and one-off cookies are refused', async () => {
    const { token } = await createAdminSession(conn.db, t0);
    const off = token.slice(0, -1) + (token.at(-1) === 'A' ? 'B' : 'A');
    for (const c of [undefined, '', 'admin', off, `${token}A`, hashToken(token)]) {
      expect(await validateAdminSession(conn.db, c, t0)).toBe(false);
    }
  });
});
