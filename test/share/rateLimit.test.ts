import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { attemptStatus, beginAttempt, forgiveAttempt, LINK_PASSWORD_LIMIT, linkScope } from '@/lib/share/rateLimit';
import { shareTestDb, type ShareTestDb } from './db';

const limit = { max: 3, windowMs: 10 * 60_000 };
const t0 = new Date('2024-03-01T00:00:00.000Z');
const plus = (min: number) => new Date(t0.getTime() + min * 60_000);

let conn: ShareTestDb;
beforeEach(async () => {
  conn = await shareTestDb();
});
afterEach(async () => {
  await conn.cleanup();
});

describe('wrong-password limit per link', () => {
  test('the default for links is 5 tries per 15 minutes', () => {
    expect(LINK_PASSWORD_LIMIT).toEqual({ max: 5, windowMs: 15 * 60_000 });
  });

  test('max tries go through, with the remaining count going down; the next is refused until the first leaves the window', async () => {
    const s = linkScope('L1');
    const a = await beginAttempt(conn.db, s, plus(0), limit);
    const b = await beginAttempt(conn.db, s, plus(1), limit);
    const c = await beginAttempt(conn.db, s, plus(2), limit);
    expect([a, b, c].map((x) => (x.allowed ? x.remaining : -1))).toEqual([2, 1, 0]);
    const d = await beginAttempt(conn.db, s, plus(3), limit);
    expect(d).toEqual({ allowed: false, retryAt: plus(10) });
    // Refused tries do not extend the lockout.
    const e = await beginAttempt(conn.db, s, plus(9), limit);
    expect(e).toEqual({ allowed: false, retryAt: plus(10) });
    expect(await attemptStatus(conn.db, s, plus(9), limit)).toEqual({ used: 3, remaining: 0, locked: true, retryAt: plus(10) });
    // At minute 10 the first try (minute 0) is out of the window: one more try.
    const f = await beginAttempt(conn.db, s, plus(10), limit);
    expect(f.allowed).toBe(true);
    const g = await beginAttempt(conn.db, s, plus(10), limit);
    expect(g).toEqual({ allowed: false, retryAt: plus(11) });
  });

  test('links are counted separately', async () => {
    for (let i = 0; i < 3; i++) await beginAttempt(conn.db, linkScope('A'), plus(0), limit);
    expect((await beginAttempt(conn.db, linkScope('A'), plus(0), limit)).allowed).toBe(false);
    expect((await beginAttempt(conn.db, linkScope('B'), plus(0), limit)).allowed).toBe(true);
  });

  test('a right password gives its try back', async () => {
    const s = linkScope('L2');
    for (let i = 0; i < 2; i++) await beginAttempt(conn.db, s, plus(0), limit);
    const right = await beginAttempt(conn.db, s, plus(1), limit);
    expect(right.allowed).toBe(true);
    if (right.allowed) await forgiveAttempt(conn.db, right.id);
    expect((await attemptStatus(conn.db, s, plus(1), limit)).remaining).toBe(1);
  });

  test('parallel guesses cannot slip past the limit together', async () => {
    const s = linkScope('L3');
    const results = await Promise.all(Array.from({ length: 10 }, () => beginAttempt(conn.db, s, plus(0), limit)));
    expect(results.filter((r) => r.allowed).length).toBeLessThanOrEqual(3);
  });

  test('tries older than the window are pruned from the table', async () => {
    const s = linkScope('L4');
    for (let i = 0; i < 3; i++) await beginAttempt(conn.db, s, plus(i), limit);
    await beginAttempt(conn.db, s, plus(60), limit);
    const rows = conn.raw.prepare('select count(*) as n from auth_attempts where scope = ?').get(s) as { n: number };
    expect(rows.n).toBe(1);
  });
});
