/**
 * The admin side with REDLINE_ADMIN_PASSWORD set, in Debian's Chromium against a real `next start`:
 * without a login no page or API says anything about any shop; a login opens it; logging out ends
 * the session on the server; shared links keep working without a login.
 */

import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeConnection, openConnection } from '@/lib/db/connection';
import { listShops } from '@/lib/shops/shops';
import { shopIdIn } from '../helpers/db';
import { launchBrowser, newContext, watchPage } from './browser';
import { ROOT, startServer, TEST_DIST_DIR, type TestServer } from './server';
import { appRoutes, cliShare, expand, ICON_ABORT, importTwoShops, SHOP_A, SHOP_B, serverActions } from './shareData';

const ADMIN_PASSWORD = 'correct horse battery staple';
let server: TestServer;
let browser: Browser;
let linkId: string;
let linkUrl: string;

beforeAll(async () => {
  // As behind a reverse proxy: its X-Forwarded-Proto is believed (REDLINE_TRUST_PROXY).
  server = await startServer({ env: { REDLINE_ADMIN_PASSWORD: ADMIN_PASSWORD, REDLINE_TRUST_PROXY: '1' } });
  // Make sure this is the locked server we started, not something else answering on the port.
  const home = await fetch(`${server.url}/`, { redirect: 'manual' });
  if (home.status !== 303)
    throw new Error(`expected the admin side to be locked, got ${home.status}:\n${server.output()}`);
  await importTwoShops(server.databaseUrl, server.dir);
  const link = await cliShare(server.databaseUrl, ['--shop', SHOP_A], server.url);
  linkId = link.id;
  linkUrl = link.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every admin URL the app has: each page and API under app/, dynamic segments tried with a shop name, a shop id and a link id. */
function adminUrls(): { url: string; kind: 'page' | 'route' }[] {
  const open = (p: string) => p.startsWith('/r/') || p === '/r' || p === '/login' || p.startsWith('/api/auth');
  return appRoutes()
    .filter((r) => !open(r.pattern))
    .flatMap((r) => expand(r.pattern, [SHOP_A, '1', linkId]).map((url) => ({ url, kind: r.kind })));
}

const mentionsAShop = (text: string) =>
  text.includes(SHOP_A) || text.includes(SHOP_B) || text.includes(encodeURIComponent(SHOP_A));

describe('without a login', () => {
  test('no admin page or API shows a shop name: pages go to the login, APIs answer 401', async () => {
    const urls = adminUrls();
    // The app has at least the home page and the share API; more appear as the dashboard grows.
    expect(urls.map((u) => u.url)).toEqual(expect.arrayContaining(['/', '/api/shares']));
    const forged = `redline_session=${'A'.repeat(43)}`;
    for (const { url, kind } of urls) {
      for (const method of kind === 'page' ? ['GET'] : ['GET', 'POST', 'DELETE']) {
        for (const cookie of [undefined, forged]) {
          const res = await fetch(server.url + url + (url.startsWith('/api/shares') ? '?shop=1' : ''), {
            method,
            redirect: 'manual',
            headers: {
              ...(cookie ? { cookie } : {}),
              ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
            },
            body: method === 'POST' ? JSON.stringify({ shop: SHOP_A }) : undefined,
          });
          const body = await res.text();
          const what = `${method} ${url}${cookie ? ' (forged cookie)' : ''}`;
          expect(mentionsAShop(body), what).toBe(false);
          if (kind === 'page') {
            expect(res.status, what).toBe(303);
            expect(res.headers.get('location'), what).toMatch(/^\/login/);
          } else {
            // 401 from the proxy (or from /api/import itself, which the proxy leaves alone); 405 where no handler exists for the method.
            expect([401, 405], what).toContain(res.status);
          }
        }
      }
    }
    // The upload (checked by its own route, outside the proxy) and the share API refuse a POST without a login.
    expect((await fetch(`${server.url}/api/import?name=x.csv`, { method: 'POST', body: 'a,b\n' })).status).toBe(401);
    expect(
      (
        await fetch(`${server.url}/api/shares`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ shop: SHOP_A }),
        })
      ).status,
    ).toBe(401);
    // Nothing was created by the refused POSTs.
    expect((await fetch(`${server.url}/api/shares?shop=${encodeURIComponent(SHOP_A)}`)).status).toBe(401);
  });

  test('in the browser, the home page becomes the login form, which shows no shop either', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchPage(page, [ICON_ABORT]);
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    expect(await page.getByTestId('login-form').isVisible()).toBe(true);
    expect(mentionsAShop(await page.content())).toBe(false);
    expect(problems.list).toEqual([]);
    await context.close();
  });

  test('a shared link still opens, without any login', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const res = await page.goto(linkUrl);
    expect(res?.status(), server.output()).toBe(200);
    expect(page.url()).toBe(linkUrl);
    expect(await page.getByTestId('shared-shop').textContent()).toBe(SHOP_A);
    expect(await page.content()).not.toContain(SHOP_B);
    await context.close();
  });
});

test('server actions of the admin side do not run when posted to a public path (/r/…, /login)', async () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, TEST_DIST_DIR, 'server', 'server-reference-manifest.json'), 'utf-8'),
  );
  const actions = (manifest.node ?? {}) as Record<string, { filename: string; exportedName: string }>;
  // Every action the app declares is in the build, so the posts below try each one.
  expect(
    Object.values(actions)
      .map((a) => `${a.filename}#${a.exportedName}`)
      .sort(),
  ).toEqual(serverActions());
  const actionIds = Object.keys(actions);
  const shopsNow = async () => {
    const conn = await openConnection(server.databaseUrl);
    try {
      return (await listShops(conn.db)).map((s) => s.name).sort();
    } finally {
      await closeConnection(conn);
    }
  };
  const before = await shopsNow();
  for (const id of actionIds) {
    for (const p of [new URL(linkUrl).pathname, '/login']) {
      const res = await fetch(server.url + p, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
        body: '[]',
      });
      expect(mentionsAShop(await res.text()), `${id} at ${p}`).toBe(false);
    }
  }
  // "Load sample data" takes no argument: had it run, there would be a new shop.
  expect(await shopsNow()).toEqual(before);
});

async function cspWatch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

describe('logging in and out', () => {
  test('a wrong password is refused; the right one opens the admin side with a safe cookie; logging out ends the session on the server', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await cspWatch(page);
    const problems = watchPage(page, [ICON_ABORT]);
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);

    await page.getByLabel('管理员密码').fill('wrong');
    await Promise.all([page.waitForURL(/e=wrong/), page.getByRole('button', { name: /登录/ }).click()]);
    expect(await page.locator('form [role="alert"]').textContent()).toContain('密码不正确');
    expect(mentionsAShop(await page.content())).toBe(false);

    await page.getByLabel('管理员密码').fill(ADMIN_PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}/`), page.getByRole('button', { name: /登录/ }).click()]);
    const session = (await context.cookies()).find((c) => c.name === 'redline_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });

    // Logged in: the API answers with the shop's links.
    const api = await context.request.get(`${server.url}/api/shares?shop=${shopIdIn(server.databaseUrl, SHOP_A)}`);
    expect(api.status()).toBe(200);
    expect((await api.json()).links.map((l: { id: string }) => l.id)).toContain(linkId);

    // Every admin page (dynamic segments filled with shop A's id) renders with the security
    // headers and no CSP violation or console error: the policy is one the app satisfies.
    const conn = await openConnection(server.databaseUrl);
    const shopId = String((await listShops(conn.db)).find((s) => s.name === SHOP_A)!.id);
    await closeConnection(conn);
    const pages = appRoutes().filter((x) => x.kind === 'page' && !x.pattern.startsWith('/r'));
    for (const url of pages.flatMap((r) => expand(r.pattern, [shopId]))) {
      const res = await page.goto(server.url + url);
      expect(res?.status(), url).toBe(200);
      const h = res!.headers();
      expect(h['content-security-policy'], url).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(h['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(h['x-content-type-options'], url).toBe('nosniff');
      expect(h['x-frame-options'], url).toBe('DENY');
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), url).toEqual([]);
    }
    expect(problems.list).toEqual([]);

    // Log out with the header's button, then the same cookie is worthless.
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    expect((await context.cookies()).find((c) => c.name === 'redline_session')).toBeUndefined();
    const replay = await fetch(`${server.url}/api/shares?shop=${encodeURIComponent(SHOP_A)}`, {
      headers: { cookie: `redline_session=${session!.value}` },
    });
    expect(replay.status).toBe(401);
    expect(mentionsAShop(await replay.text())).toBe(false);
    await context.close();
  });

  test('over https (behind a trusted proxy that says so) the session cookie is Secure', async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'https', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password: ADMIN_PASSWORD, next: '/' }),
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/redline_session=[A-Za-z0-9_-]{43}/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
  });

  test('a cross-site login post is refused', async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password: ADMIN_PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
