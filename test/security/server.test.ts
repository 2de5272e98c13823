/**
 * A real `next start` attacked over HTTP the way a script or a browser would: a foreign Host, a
 * cross-site upload, the wide share link and daily CSV, malformed URLs, the login's `next`, the
 * password throttle and its release, and a changed admin password across a restart.
 */
import http from 'node:http';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../browser/server';
import { shopIdIn } from '../helpers/db';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so the Host header is ours to choose (fetch would not let us). */
function send(
  base: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const day = (i: number) => new Date(Date.UTC(2024, 2, 1 + i)).toISOString().slice(0, 10);
function ordersCsv(): string {
  const lines = ['订单号,订单成交时间,订单状态,用户实付金额(元)'];
  for (let i = 0; i < 20; i++) lines.push(`S${String(i).padStart(6, '0')},${day(i)} 10:00:00,已签收,20.00`);
  return `${lines.join('\r\n')}\r\n`;
}

function upload(base: string, shop: string, headers: Record<string, string> = {}) {
  const body = ordersCsv();
  return send(base, `/api/import?name=orders.csv&newShop=${encodeURIComponent(shop)}&platform=pdd`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'content-length': String(Buffer.byteLength(body)), ...headers },
    body,
  });
}

const shopsIn = (databaseUrl: string) => {
  const db = new BetterSqlite3(databaseUrl, { readonly: true });
  try {
    return (db.prepare('select name from shops order by id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

describe('without an admin password', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('a foreign Host (DNS rebinding) gets 421 and no data, on pages, APIs and the upload', async () => {
    expect((await upload(server.url, '红线店')).status).toBe(200);
    for (const path of ['/', '/api/shares?shop=1', '/shops/1', '/api/shops/1/daily']) {
      const r = await send(server.url, path, { headers: { host: `rebind.example:${server.port}` } });
      expect(r.status, path).toBe(421);
      expect(r.body, path).not.toContain('红线店');
      // Not a blank page: a merchant who typed another name for the server is told what to do.
      expect(r.body, path).toContain('REDLINE_ALLOWED_HOSTS');
    }
    const up = await upload(server.url, 'Planted', { host: `rebind.example:${server.port}` });
    expect(up.status).toBe(421);
    // Our own names still work.
    expect((await send(server.url, '/', { headers: { host: `localhost:${server.port}` } })).status).toBe(200);
  });

  test('a cross-site upload is refused and plants nothing; a script sending neither header still imports', async () => {
    const crossSite = await upload(server.url, 'Planted A', {
      'sec-fetch-site': 'cross-site',
      origin: 'http://evil.example',
    });
    expect(crossSite.status).toBe(403);
    const otherPort = await upload(server.url, 'Planted B', { origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(403);
    const preview = await send(server.url, '/api/import/preview?name=a.csv', {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-site' },
      body: 'x',
    });
    expect(preview.status).toBe(403);
    expect(shopsIn(server.databaseUrl)).not.toContain('Planted A');
    expect(shopsIn(server.databaseUrl)).not.toContain('Planted B');
    expect((await upload(server.url, '脚本店')).status).toBe(200);
    expect(shopsIn(server.databaseUrl)).toContain('脚本店');
  });

  test("a new shop may not take a stored shop's name, nor a look-alike of it (zero-width space)", async () => {
    for (const name of ['红线店', '红线\u200b店']) {
      const res = await upload(server.url, name);
      expect(res.status).toBe(409);
      expect(JSON.parse(res.body)).toMatchObject({
        error: { code: 'shop.exists', message: '已有名为「红线店」的店铺：请在列表中选择它，或给新店铺换一个名称。' },
      });
    }
    expect(shopsIn(server.databaseUrl).filter((n) => n.includes('红线'))).toEqual(['红线店']);
  });

  test('the wide share link: refused when made, cheap when viewed (a link stored before the limit)', async () => {
    const made = await send(server.url, '/api/shares', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ shopId: shopIdIn(server.databaseUrl, '红线店'), from: '0001-01-01', to: '9999-12-31' }),
    });
    expect(made.status).toBe(400);
    expect(JSON.parse(made.body).error.code).toBe('request.invalid');
    // A link as one made before the limit would be stored.
    const ok = await send(server.url, '/api/shares', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ shopId: shopIdIn(server.databaseUrl, '红线店'), days: 30 }),
    });
    const { id, url } = JSON.parse(ok.body) as { id: string; url: string };
    const db = new BetterSqlite3(server.databaseUrl);
    db.prepare(
      "update share_links set range_kind = 'fixed', range_days = null, range_from = '0001-01-01', range_to = '9999-12-31' where id = ?",
    ).run(id);
    db.close();
    const started = Date.now();
    const view = await send(server.url, new URL(url).pathname);
    expect(view.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(15_000);
    // The server is still there.
    expect((await send(server.url, '/')).status).toBe(200);
  }, 120_000);

  test('the daily CSV refuses a range over 3 years or outside 2000 … tomorrow', async () => {
    const wide = await send(server.url, '/api/shops/1/daily?from=0001-01-01&to=9999-12-31');
    expect(wide.status).toBe(400);
    expect((await send(server.url, '/api/shops/1/daily?from=2020-01-01&to=2024-01-01')).status).toBe(400);
    expect((await send(server.url, '/api/shops/1/daily?from=2024-03-01&to=2024-03-20')).status).toBe(200);
  }, 120_000);

  test('malformed URLs are 404, never 500', async () => {
    for (const path of ['/r/%FF', '/r/%E0%A4%A', '/shops/%FF', '/r/%FF/unlock']) {
      const r = await send(server.url, path);
      expect(r.status, path).toBe(404);
    }
  });
});

describe('with an admin password', () => {
  let server: TestServer;
  const PASSWORD = 'correct horse battery staple';
  beforeAll(async () => {
    server = await startServer({ env: { REDLINE_ADMIN_PASSWORD: PASSWORD } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const login = (password: string, headers: Record<string, string> = {}, next = '/') =>
    send(server.url, '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ password, next }).toString(),
    });

  test('next with a TAB or other control character goes home', async () => {
    for (const next of ['/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example']) {
      const r = await login(PASSWORD, {}, next);
      expect(r.status).toBe(303);
      expect(r.headers.location).toBe('/');
    }
  });

  test('a spoofed X-Forwarded-For does not give a guesser fresh addresses', async () => {
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push((await login('wrong', { 'x-forwarded-for': `198.51.100.${i}` })).headers.location);
    expect(answers.slice(0, 3)).toEqual(['/login?e=wrong', '/login?e=wrong', '/login?e=wrong']);
    expect(answers[3]).toMatch(/^\/login\?e=wait&s=\d+$/);
    const rows = new BetterSqlite3(server.databaseUrl, { readonly: true });
    const addresses = rows.prepare("select distinct address from auth_attempts where scope = 'admin'").all();
    rows.close();
    expect(addresses).toEqual([{ address: '127.0.0.1' }]);
  });

  test('after many wrong tries from this address, the right password is slowed, then accepted within 60 s', async () => {
    for (let i = 0; i < 40; i++) await login(`wrong ${i}`);
    // However slowly a busy machine ran those, the wrong tries are now recent and many: the throttle
    // is at its cap (60 s), not a moment from its end.
    const seed = new BetterSqlite3(server.databaseUrl);
    seed.prepare("update auth_attempts set at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')").run();
    for (let i = 0; i < 4; i++)
      seed.prepare('insert into auth_attempts (scope, address, at) select scope, address, at from auth_attempts').run();
    seed.close();
    const early = await login(PASSWORD);
    expect(early.headers.location).toMatch(/^\/login\?e=wait&s=\d+$/);
    expect(Number(/s=(\d+)/.exec(early.headers.location!)![1])).toBeLessThanOrEqual(60);
    // Sixty seconds pass: the clock of every recorded try is moved back rather than sleeping.
    const db = new BetterSqlite3(server.databaseUrl);
    db.prepare("update auth_attempts set at = strftime('%Y-%m-%dT%H:%M:%fZ', at, '-60 seconds')").run();
    db.close();
    const right = await login(PASSWORD);
    expect(right.status).toBe(303);
    expect(right.headers.location).toBe('/');
    expect(String(right.headers['set-cookie'])).toContain('redline_session=');
  });

  test('a cross-site upload riding the session cookie is refused', async () => {
    const db = new BetterSqlite3(server.databaseUrl);
    db.prepare('delete from auth_attempts').run();
    db.close();
    const cookie = String((await login(PASSWORD)).headers['set-cookie']).split(';')[0];
    const r = await upload(server.url, 'Planted', {
      cookie,
      'sec-fetch-site': 'same-site',
      origin: 'http://127.0.0.1:1',
    });
    expect(r.status).toBe(403);
    expect(shopsIn(server.databaseUrl)).not.toContain('Planted');
    expect((await upload(server.url, '红线店', { cookie })).status).toBe(200);
  });
});

describe('sessions end with the password that made them (point 5)', () => {
  test('across a restart: same password keeps the session, a new one ends it', async () => {
    const first = await startServer({ env: { REDLINE_ADMIN_PASSWORD: 'first password' } });
    const databaseUrl = first.databaseUrl;
    const keep = `${first.dir}-keep.db`;
    let cookie = '';
    try {
      const r = await send(first.url, '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'password=first+password',
      });
      cookie = String(r.headers['set-cookie']).split(';')[0];
      expect((await send(first.url, '/api/shares?shop=999', { headers: { cookie } })).status).toBe(404);
    } finally {
      // stop() removes the server's folder: keep the database beside it.
      const db = new BetterSqlite3(databaseUrl);
      await db.backup(keep);
      db.close();
      await first.stop();
    }
    const again = await startServer({ env: { REDLINE_ADMIN_PASSWORD: 'first password' }, databaseUrl: keep });
    try {
      expect((await send(again.url, '/api/shares?shop=999', { headers: { cookie } })).status).toBe(404);
    } finally {
      await again.stop();
    }
    const changed = await startServer({ env: { REDLINE_ADMIN_PASSWORD: 'second password' }, databaseUrl: keep });
    try {
      expect((await send(changed.url, '/api/shares?shop=999', { headers: { cookie } })).status).toBe(401);
      const page = await send(changed.url, '/', { headers: { cookie } });
      expect(page.status).toBe(303);
      expect(page.headers.location).toContain('/login');
    } finally {
      await changed.stop();
      for (const f of [keep, `${keep}-wal`, `${keep}-shm`]) (await import('node:fs')).rmSync(f, { force: true });
    }
  }, 180_000);
});
