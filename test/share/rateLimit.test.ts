import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  beginAttempt,
  forgiveAttempt,
  linkScope,
  nextTryAt,
  PASSWORD_THROTTLE,
  type ThrottlePolicy,
} from '@/lib/share/rateLimit';
import { type ShareTestDb, shareTestDb } from './db';

const policy: ThrottlePolicy = {
  perAddressFree: 3,
  overallFree: 5,
  baseMs: 1000,
  capMs: 60_000,
  windowMs: 10 * 60_000,
};
const t0 = new Date('2024-03-01T00:00:00.000Z');
const sec = (s: number) => new Date(t0.getTime() + s * 1000);
const ME = '198.51.100.1';

let conn: ShareTestDb;
beforeEach(async () => {
  conn = await shareTestDb();
});
afterEach(async () => {
  await conn.cleanup();
});

describe('wrong-password throttle per link', () => {
  test('the default: 3 free tries per address, 10 overall, then 1 s doubling to at most 60 s, forgotten after 15 minutes', () => {
    expect(PASSWORD_THROTTLE).toEqual({
      perAddressFree: 3,
      overallFree: 10,
      baseMs: 1000,
      capMs: 60_000,
      windowMs: 15 * 60_000,
    });
  });

  test('three tries go through at once; the fourth waits 1 s, the fifth 2 s; early tries are not counted', async () => {
    const s = linkScope('L1');
    for (let i = 0; i < 3; i++) expect((await beginAttempt(conn.db, s, ME, sec(0), policy)).allowed).toBe(true);
    expect(await beginAttempt(conn.db, s, ME, sec(0), policy)).toEqual({ allowed: false, retryAt: sec(1) });
    // Refused tries do not push the wait further.
    expect(await beginAttempt(conn.db, s, ME, sec(0.5), policy)).toEqual({ allowed: false, retryAt: sec(1) });
    expect((await beginAttempt(conn.db, s, ME, sec(1), policy)).allowed).toBe(true);
    expect(await nextTryAt(conn.db, s, ME, sec(1), policy)).toEqual(sec(3));
  });

  test('links are counted separately', async () => {
    for (let i = 0; i < 3; i++) await beginAttempt(conn.db, linkScope('A'), ME, sec(0), policy);
    expect((await beginAttempt(conn.db, linkScope('A'), ME, sec(0), policy)).allowed).toBe(false);
    expect((await beginAttempt(conn.db, linkScope('B'), ME, sec(0), policy)).allowed).toBe(true);
  });

  test('a right password gives its try back', async () => {
    const s = linkScope('L2');
    for (let i = 0; i < 2; i++) await beginAttempt(conn.db, s, ME, sec(0), policy);
    const right = await beginAttempt(conn.db, s, ME, sec(1), policy);
    expect(right.allowed).toBe(true);
    if (right.allowed) await forgiveAttempt(conn.db, right.id);
    expect((await beginAttempt(conn.db, s, ME, sec(1), policy)).allowed).toBe(true);
  });

  test('parallel guesses cannot slip past the free tries together', async () => {
    const s = linkScope('L3');
    const results = await Promise.all(Array.from({ length: 10 }, () => beginAttempt(conn.db, s, ME, sec(0), policy)));
    expect(results.filter((r) => r.allowed).length).toBe(3);
  });

  test('tries older than the window are pruned from the table', async () => {
    const s = linkScope('L4');
    for (let i = 0; i < 3; i++) await beginAttempt(conn.db, s, ME, sec(i), policy);
    await beginAttempt(conn.db, s, ME, sec(700), policy);
    const rows = conn.raw.prepare('select count(*) as n from auth_attempts where scope = ?').get(s) as { n: number };
    expect(rows.n).toBe(1);
  });
});
