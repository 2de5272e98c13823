/**
 * The security rules as functions, with a frozen clock: hosts, loopback, the login's `next`,
 * CSV formulas, shop names, date ranges, the password throttle and the session's password binding.
 * The same rules are exercised through a real server in server.test.ts and browser.test.ts.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { csvCell } from '@/app/_lib/csv';
import { safeNextPath, sameOrigin } from '@/lib/auth/http';
import { createAdminSession, validateAdminSession } from '@/lib/auth/sessions';
import { createShop, findShopByName } from '@/lib/db/queries/shops';
import { hostPolicy, isAllowedHost, publicBaseUrl } from '@/lib/http/hosts';
import { isLoopbackName } from '@/lib/http/loopback';
import { clientAddress } from '@/lib/http/peer';
import { shareOptionsInput } from '@/lib/input/share';
import { reportDays } from '@/lib/share/range';
import { ADMIN_SCOPE, beginAttempt, delayAfter, forgiveAttempt, PASSWORD_THROTTLE } from '@/lib/share/rateLimit';
import { normalizeShopName, shopNameKey } from '@/lib/shops/name';
import { clampRange, MAX_RANGE_DAYS, rangeProblem } from '@/lib/time/bounds';
import { type ShareTestDb, shareTestDb } from '../share/db';

describe('known hosts only (point 2)', () => {
  const loopbackOnly = hostPolicy({});
  test('on loopback: loopback names with any port; nothing else', () => {
    for (const h of ['127.0.0.1:3000', 'localhost:3000', 'LOCALHOST', '[::1]:3000', '127.1.2.3'])
      expect(isAllowedHost(h, loopbackOnly), h).toBe(true);
    for (const h of [
      'evil.example',
      'evil.example:3000',
      '127.example.invalid',
      '127.0.0.1.nip.io',
      'localhost.evil.example',
      '',
      null,
      '127.0.0.1:3000 x',
    ])
      expect(isAllowedHost(h, loopbackOnly), String(h)).toBe(false);
  });
  test("REDLINE_PUBLIC_URL's host and REDLINE_ALLOWED_HOSTS are added; loopback names only when listening on loopback", () => {
    const p = hostPolicy({
      HOST: '0.0.0.0',
      REDLINE_PUBLIC_URL: 'https://redline.shop.example/',
      REDLINE_ALLOWED_HOSTS: 'a.example, b.example:8443',
    });
    expect(isAllowedHost('redline.shop.example', p)).toBe(true);
    expect(isAllowedHost('a.example:3000', p)).toBe(true);
    expect(isAllowedHost('b.example', p)).toBe(true);
    expect(isAllowedHost('127.0.0.1:3000', p)).toBe(false);
    expect(isAllowedHost('evil.example', p)).toBe(false);
  });
  test('loopback is exactly 127.0.0.0/8, ::1 and localhost', () => {
    for (const h of ['127.0.0.1', '127.255.255.255', '::1', '[::1]', 'localhost'])
      expect(isLoopbackName(h), h).toBe(true);
    for (const h of [
      '127.example.invalid',
      '127.0.0.256',
      '127.0.0',
      '128.0.0.1',
      '0.0.0.0',
      '::',
      'localhost.example',
      '::ffff:8.8.8.8',
    ])
      expect(isLoopbackName(h), h).toBe(false);
  });
});

test('links made without a request (alerts, the command line) use the port the server runs on', () => {
  expect(publicBaseUrl({})).toBe('http://127.0.0.1:3000');
  expect(publicBaseUrl({ PORT: '3310' })).toBe('http://127.0.0.1:3310');
  expect(publicBaseUrl({ PORT: '3310', REDLINE_PUBLIC_URL: 'https://redline.example.com/' })).toBe(
    'https://redline.example.com',
  );
});

describe('same-origin (point 1)', () => {
  const h = (o: Record<string, string>) => new Headers(o);
  test('another port of the same host is another origin; clients sending neither header pass', () => {
    expect(sameOrigin(h({ 'sec-fetch-site': 'same-site', host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(h({ origin: 'http://127.0.0.1:4000', host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(h({ host: '127.0.0.1:3000' }))).toBe(true);
  });
  test('a spoofed X-Forwarded-Host does not make a foreign origin ours unless a proxy is trusted', () => {
    expect(
      sameOrigin(h({ origin: 'http://evil.example', host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example' })),
    ).toBe(false);
  });
});

describe('X-Forwarded-For is believed only with REDLINE_TRUST_PROXY (point 4)', () => {
  const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.9', 'x-redline-peer': '::ffff:127.0.0.1' });
  test('untrusted: the socket address', () => expect(clientAddress(headers, {})).toBe('127.0.0.1'));
  test('trusted: the entry our proxy added', () =>
    expect(clientAddress(headers, { REDLINE_TRUST_PROXY: '1' })).toBe('10.0.0.9'));
});

describe('the small ones (point 6)', () => {
  test('control characters in next go home', () => {
    for (const n of [
      '/\t/evil.example',
      '/\n/evil.example',
      '/\u0000x',
      '/\u007f/x',
      '//evil.example',
      '/\\evil.example',
    ])
      expect(safeNextPath(n), JSON.stringify(n)).toBe('/');
    expect(safeNextPath('/shops/1?days=90')).toBe('/shops/1?days=90');
  });
  test('full-width and small formula characters are guarded in CSV', () => {
    for (const c of ['＝1+1', '＋1', '－1', '＠SUM(A1)', '﹦1', '=1', '+1', '-1', '@x', '\t=1'])
      expect(csvCell(c), c).toMatch(/^"?'/);
    expect(csvCell('红线店')).toBe('红线店');
  });
  test('shop names: invisible characters stripped, full-width punctuation kept; look-alikes share a key', () => {
    expect(normalizeShopName('示例店铺（拼多多）\u200b')).toBe('示例店铺（拼多多）');
    expect(shopNameKey('Ｓｈｏｐ\u200b（甲）')).toBe(shopNameKey('Shop(甲)'));
    // Letter case and spaces make no other shop: "pdd 店a" is "PDD店A".
    expect(shopNameKey('pdd 店a')).toBe(shopNameKey('PDD店A'));
    expect(shopNameKey('PDD店B')).not.toBe(shopNameKey('PDD店A'));
    expect(normalizeShopName('\u202e红线\u2060店\ufeff ')).toBe('红线店');
    expect(normalizeShopName('红线\u3000\u3000店')).toBe('红线 店');
  });
});

describe('bounded ranges (point 3)', () => {
  const now = new Date('2024-06-30T20:00:00Z'); // 2024-07-01 04:00 in China
  test('2000-01-01 … tomorrow (China), at most 3 years', () => {
    expect(rangeProblem('2000-01-01', '2002-12-31', now)).toBe(null);
    expect(rangeProblem('1999-12-31', '2000-01-10', now)).toBe('bounds');
    expect(rangeProblem('2024-06-01', '2024-07-02', now)).toBe(null);
    expect(rangeProblem('2024-06-01', '2024-07-03', now)).toBe('bounds');
    expect(rangeProblem('2021-01-01', '2024-01-04', now)).toBe('span');
    expect(rangeProblem('0001-01-01', '9999-12-31', now)).toBe('bounds');
  });
  test('a share link over 0001…9999 is refused; one stored before the limit is cut to its last 3 years', () => {
    expect(shareOptionsInput.safeParse({ from: '0001-01-01', to: '9999-12-31' }).success).toBe(false);
    expect(shareOptionsInput.safeParse({ from: '2019-01-01', to: '2023-12-31' }).success).toBe(false);
    expect(shareOptionsInput.safeParse({ days: 3660 }).success).toBe(false);
    const r = reportDays({ kind: 'fixed', from: '0001-01-01', to: '9999-12-31' }, null, now);
    expect(r).toEqual(clampRange('0001-01-01', '9999-12-31', now));
    expect(r).toEqual({ from: '2021-07-01', to: '2024-07-02' });
    expect(MAX_RANGE_DAYS).toBe(1098);
  });
});

describe('with a database', () => {
  let conn: ShareTestDb;
  beforeEach(async () => {
    conn = await shareTestDb();
  });
  afterEach(async () => {
    await conn.cleanup();
  });

  test('a look-alike shop name finds the shop it imitates, and a second shop under it is refused', async () => {
    const id = await createShop(conn.db, '红线店', 'pdd', '2024-01-01 00:00:00');
    expect((await findShopByName(conn.db, '红线\u200b店'))?.id).toBe(id);
    expect((await findShopByName(conn.db, ' 红线店\u2060'))?.id).toBe(id);
    const shop = await createShop(conn.db, 'Shop（1）', 'pdd', '2024-01-01 00:00:00');
    expect((await findShopByName(conn.db, 'Ｓｈｏｐ(1)'))?.id).toBe(shop);
    await expect(createShop(conn.db, 'Ｓｈｏｐ（1）', 'pdd', '2024-01-01 00:00:00')).rejects.toThrow(/UNIQUE/);
    await expect(createShop(conn.db, '红线\u200d店', 'pdd', '2024-01-01 00:00:00')).rejects.toThrow(/UNIQUE/);
  });

  const t0 = new Date('2024-03-01T00:00:00.000Z');
  const at = (s: number) => new Date(t0.getTime() + s * 1000);

  test('the delay grows per address and overall, and never passes 60 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9, 10, 1000].map((n) => delayAfter(n, 3))).toEqual([
      0, 0, 0, 1000, 2000, 4000, 60_000, 60_000, 60_000,
    ]);
    expect(PASSWORD_THROTTLE.capMs).toBe(60_000);
  });

  test('after 200 wrong tries from one address, a try 60 s after the last is checked again (frozen clock)', async () => {
    let last = 0;
    let checked = 0;
    for (let s = 0; s < 2000; s++) {
      const t = await beginAttempt(conn.db, ADMIN_SCOPE, '198.51.100.7', at(s));
      if (t.allowed) {
        checked++;
        last = s;
      }
      if (checked === 200) break;
      if (s === 1999) break;
    }
    // Slowed down: far fewer tries were checked than were sent, and a try right after the last is refused.
    expect(checked).toBeLessThan(60);
    const early = await beginAttempt(conn.db, ADMIN_SCOPE, '198.51.100.7', at(last + 1));
    expect(early.allowed).toBe(false);
    // Within 60 s of the last wrong try the right password is checked, from the same address.
    const right = await beginAttempt(conn.db, ADMIN_SCOPE, '198.51.100.7', at(last + 60));
    expect(right.allowed).toBe(true);
    if (right.allowed) await forgiveAttempt(conn.db, right.id);
  });

  test('another address is slowed by the overall count, not locked: it too is checked 60 s after the last wrong try', async () => {
    for (let i = 0; i < 30; i++) await beginAttempt(conn.db, ADMIN_SCOPE, `203.0.113.${i}`, at(i * 61));
    const last = 29 * 61;
    expect((await beginAttempt(conn.db, ADMIN_SCOPE, '192.0.2.1', at(last + 1))).allowed).toBe(false);
    expect((await beginAttempt(conn.db, ADMIN_SCOPE, '192.0.2.1', at(last + 60))).allowed).toBe(true);
  });

  test('parallel wrong tries are counted before any is checked', async () => {
    const tickets = await Promise.all(
      Array.from({ length: 20 }, () => beginAttempt(conn.db, ADMIN_SCOPE, '198.51.100.8', t0)),
    );
    expect(tickets.filter((t) => t.allowed)).toHaveLength(3);
  });

  test('a session made under one admin password is no session under another', async () => {
    const { token } = await createAdminSession(conn.db, t0, 'old password');
    expect(await validateAdminSession(conn.db, token, t0, 'old password')).toBe(true);
    expect(await validateAdminSession(conn.db, token, t0, 'new password')).toBe(false);
    const rows = conn.raw.prepare('select * from admin_sessions').all();
    expect(JSON.stringify(rows)).not.toContain('old password');
  });
});
