import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Database } from '@/lib/db/schema';
import {
  countShareView,
  createShareLink,
  grantLinkAccess,
  hasLinkAccess,
  listShareLinks,
  resolveShareLink,
  revokeShareLink,
  shareUrl,
} from '@/lib/share/links';
import { verifyPassword } from '@/lib/share/passwords';
import { hashToken } from '@/lib/share/tokens';
import { shopIn } from '../helpers/db';
import { type ShareTestDb, shareTestDb } from './db';

const t0 = new Date('2024-03-01T00:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const DAY = 86_400_000;

let conn: ShareTestDb;
const shop = (name: string) => shopIn(conn, name);
beforeEach(async () => {
  conn = await shareTestDb(['甲店', '乙店']);
});
afterEach(async () => {
  await conn.cleanup();
});

describe('share links in the database', () => {
  test('store the token only as its hash, and the password only as scrypt', async () => {
    const link = await createShareLink(conn.db, await shop('甲店'), { label: '给老板', password: 'pw-123' }, t0);
    const dump = JSON.stringify(conn.raw.prepare('select * from share_links').all());
    expect(dump).not.toContain(link.token);
    expect(dump).toContain(hashToken(link.token));
    expect(dump).not.toContain('pw-123');
    const row = conn.raw.prepare('select password_hash from share_links').get() as { password_hash: string };
    expect(await verifyPassword('pw-123', row.password_hash)).toBe(true);
  });

  test('a token opens its own shop only; one character off opens nothing', async () => {
    const a = await createShareLink(conn.db, await shop('甲店'), {}, t0);
    const b = await createShareLink(conn.db, await shop('乙店'), {}, t0);
    expect((await resolveShareLink(conn.db, a.token, t0))?.shop_name).toBe('甲店');
    expect((await resolveShareLink(conn.db, b.token, t0))?.shop_name).toBe('乙店');
    const off = a.token.slice(0, 10) + (a.token[10] === 'x' ? 'y' : 'x') + a.token.slice(11);
    expect(await resolveShareLink(conn.db, off, t0)).toBeNull();
    expect(await resolveShareLink(conn.db, '', t0)).toBeNull();
    expect(await resolveShareLink(conn.db, hashToken(a.token), t0)).toBeNull();
  });

  test('unknown, one-off, malformed, revoked and expired tokens take the very same queries (no timing tell)', async () => {
    const live = await createShareLink(conn.db, await shop('甲店'), {}, t0);
    const revoked = await createShareLink(conn.db, await shop('甲店'), {}, t0);
    await revokeShareLink(conn.db, revoked.id, t0);
    const expired = await createShareLink(conn.db, await shop('甲店'), { expiresInDays: 1 }, t0);
    const seen: string[] = [];
    const logged = new Kysely<Database>({
      dialect: new SqliteDialect({ database: conn.raw }),
      log: (e) => {
        if (e.level === 'query') seen.push(e.query.sql);
      },
    });
    const later2 = later(2 * DAY);
    const trace = async (token: string) => {
      seen.length = 0;
      const r = await resolveShareLink(logged, token, later2);
      return { found: r !== null, sql: [...seen] };
    };
    const off = live.token.slice(0, -1) + (live.token.at(-1) === 'A' ? 'B' : 'A');
    const traces = [
      await trace(off),
      await trace('short'),
      await trace(revoked.token),
      await trace(expired.token),
      await trace('A'.repeat(43)),
    ];
    for (const t of traces) expect(t).toEqual({ found: false, sql: traces[0].sql });
    expect(traces[0].sql).toHaveLength(1);
    // And a working token runs that same single query.
    expect(await trace(live.token)).toEqual({ found: true, sql: traces[0].sql });
  });

  test('expiry is read from the row on every request (frozen clock)', async () => {
    const link = await createShareLink(conn.db, await shop('甲店'), { expiresInDays: 2 }, t0);
    expect(link.expiresAt).toBe('2024-03-03T00:00:00.000Z');
    expect(await resolveShareLink(conn.db, link.token, later(2 * DAY - 1))).not.toBeNull();
    expect(await resolveShareLink(conn.db, link.token, later(2 * DAY))).toBeNull();
    const list = await listShareLinks(conn.db, await shop('甲店'), later(2 * DAY));
    expect(list?.[0].state).toBe('expired');
  });

  test('"until a date" expires at China midnight after that day', async () => {
    const link = await createShareLink(conn.db, await shop('甲店'), { expiresOn: '2024-03-05' }, t0);
    expect(link.expiresAt).toBe('2024-03-05T16:00:00.000Z');
  });

  test('revocation stops the link at once, drops its password cookies, and is idempotent', async () => {
    const link = await createShareLink(conn.db, await shop('甲店'), { password: 'pw' }, t0);
    const row = (await resolveShareLink(conn.db, link.token, t0))!;
    const grant = await grantLinkAccess(conn.db, row, t0);
    expect(await hasLinkAccess(conn.db, link.id, grant.token, t0)).toBe(true);
    expect(await revokeShareLink(conn.db, link.id, t0)).toBe('revoked');
    expect(await resolveShareLink(conn.db, link.token, t0)).toBeNull();
    expect(await hasLinkAccess(conn.db, link.id, grant.token, t0)).toBe(false);
    expect(await revokeShareLink(conn.db, link.id, t0)).toBe('already');
    expect(await revokeShareLink(conn.db, 'nope', t0)).toBe('missing');
    expect((await listShareLinks(conn.db, await shop('甲店'), t0))?.[0].state).toBe('revoked');
  });

  test('a password cookie opens only the link it was given for, and not past the link expiry', async () => {
    const a = await createShareLink(conn.db, await shop('甲店'), { password: 'pw', expiresInDays: 1 }, t0);
    const b = await createShareLink(conn.db, await shop('甲店'), { password: 'pw' }, t0);
    const grant = await grantLinkAccess(conn.db, (await resolveShareLink(conn.db, a.token, t0))!, t0);
    expect(await hasLinkAccess(conn.db, a.id, grant.token, t0)).toBe(true);
    expect(await hasLinkAccess(conn.db, b.id, grant.token, t0)).toBe(false);
    expect(grant.expiresAt.getTime()).toBe(t0.getTime() + 12 * 3_600_000);
    expect(await hasLinkAccess(conn.db, a.id, grant.token, later(12 * 3_600_000))).toBe(false);
    expect(await hasLinkAccess(conn.db, a.id, undefined, t0)).toBe(false);
    // A later grant clears the expired ones from the table.
    await grantLinkAccess(
      conn.db,
      (await resolveShareLink(conn.db, b.token, later(13 * 3_600_000)))!,
      later(13 * 3_600_000),
    );
    expect(conn.raw.prepare('select count(*) as n from share_grants').get()).toEqual({ n: 1 });
  });

  test('list shows range, expiry, password flag, views and last view; never the token', async () => {
    const a = await createShareLink(
      conn.db,
      await shop('甲店'),
      { label: 'fixed', from: '2024-01-01', to: '2024-01-31', includeOrders: true },
      t0,
    );
    await createShareLink(conn.db, await shop('甲店'), { label: 'rolling', days: 90, password: 'x' }, later(1000));
    await countShareView(conn.db, a.id, later(5000));
    await countShareView(conn.db, a.id, later(9000));
    const list = (await listShareLinks(conn.db, await shop('甲店'), later(10_000)))!;
    expect(list.map((l) => l.label)).toEqual(['rolling', 'fixed']);
    expect(list[0]).toMatchObject({
      range: { kind: 'rolling', days: 90 },
      hasPassword: true,
      includeOrders: false,
      views: 0,
      lastViewedAt: null,
      expiresAt: null,
    });
    expect(list[1]).toMatchObject({
      range: { kind: 'fixed', from: '2024-01-01', to: '2024-01-31' },
      includeOrders: true,
      views: 2,
      lastViewedAt: later(9000).toISOString(),
      state: 'active',
    });
    expect(JSON.stringify(list)).not.toContain(a.token);
    expect(await listShareLinks(conn.db, await shop('乙店'), t0)).toEqual([]);
  });

  test('bad input is refused with a reason', async () => {
    await expect(createShareLink(conn.db, await shop('甲店'), { from: '2024-01-01' }, t0)).rejects.toThrow(/from/);
    await expect(
      createShareLink(conn.db, await shop('甲店'), { from: '2024-02-01', to: '2024-01-01' }, t0),
    ).rejects.toThrow(/to/);
    await expect(createShareLink(conn.db, await shop('甲店'), { days: 0 }, t0)).rejects.toThrow(/days/);
    await expect(
      createShareLink(conn.db, await shop('甲店'), { from: '2024-02-30', to: '2024-03-01' }, t0),
    ).rejects.toThrow(/from/);
    await expect(
      createShareLink(conn.db, await shop('甲店'), { expiresInDays: 1, expiresOn: '2024-03-09' }, t0),
    ).rejects.toThrow(/expiresOn/);
  });

  test('URLs use REDLINE_PUBLIC_URL when given', () => {
    expect(shareUrl('T', 'https://redline.example.com/')).toBe('https://redline.example.com/r/T');
    expect(shareUrl('T', 'http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000/r/T');
  });
});
