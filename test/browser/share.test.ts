/**
 * Shared report links in Debian's Chromium, against a real `next start` on data imported with the
 * command line: what a visitor with a link sees, what a wrong, revoked or expired link answers,
 * and the password flow with its attempt limit.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext, watchPage } from './browser';
import { startServer, type TestServer } from './server';
import {
  cliShare,
  ICON_ABORT,
  importTwoShops,
  latestRateText,
  libShare,
  redline,
  SHOP_A,
  SHOP_B,
  shiftTries,
} from './shareData';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  await importTwoShops(server.databaseUrl, server.dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A context that records every CSP violation the page reports, besides the console watcher. */
async function recordingContext(): Promise<BrowserContext> {
  const context = await newContext(browser);
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Every robots meta tag's content, joined: Next adds its own noindex to 404s beside ours. */
const robotsMeta = (page: Page) =>
  page.locator('meta[name="robots"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content')).join(' | '));

function oneCharOff(token: string): string {
  const i = Math.floor(token.length / 2);
  return token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
}

describe('a visitor with a link', () => {
  test('sees the shop report, with the figures the command line prints, and nothing of any other shop or the admin side', async () => {
    const link = await cliShare(server.databaseUrl, ['--shop', SHOP_A, '--label', '给老板看'], server.url);
    const expected = await latestRateText(server.databaseUrl, SHOP_A);
    const context = await recordingContext();
    const page = await context.newPage();
    const problems = watchPage(page, [ICON_ABORT]);
    const res = await page.goto(link.url);
    expect(res?.status(), server.output()).toBe(200);

    const h = res!.headers();
    expect(h['cache-control']).toContain('no-store');
    expect(h['x-robots-tag']).toContain('noindex');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(await robotsMeta(page)).toContain('noindex');

    await expect.poll(() => page.getByTestId('shared-shop').textContent()).toBe(SHOP_A);
    expect(await page.getByTestId('card-rate').textContent()).toBe(expected.rate);
    expect(await page.getByTestId('card-count').textContent()).toBe(String(expected.count));
    const html = await page.content();
    expect(html).not.toContain(SHOP_B);
    // No way into the admin side: every link on the page stays on this report.
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href.startsWith(link.url) || !href.startsWith(server.url)).toBe(true);
    expect(await page.locator('form[action^="/api"], button[data-testid*="delete"]').count()).toBe(0);

    expect(await cspViolations(page)).toEqual([]);
    expect(problems.list).toEqual([]);
    await context.close();

    const listed = JSON.parse(await redline(server.databaseUrl, ['share', 'list', '--shop', SHOP_A, '--json'])).find(
      (l: { id: string }) => l.id === link.id,
    );
    expect(listed).toMatchObject({ label: '给老板看', views: 1, state: 'active' });
    expect(Date.now() - Date.parse(listed.lastViewedAt)).toBeLessThan(60_000);
  });

  test('of the other shop sees that shop only; the order tables show only when the link includes them', async () => {
    const plain = await cliShare(server.databaseUrl, ['--shop', SHOP_B], server.url);
    const withOrders = await cliShare(server.databaseUrl, ['--shop', SHOP_B, '--orders'], server.url);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(plain.url);
    expect(await page.getByTestId('shared-shop').textContent()).toBe(SHOP_B);
    expect(await page.getByTestId('headline').isVisible()).toBe(true);
    expect(await page.getByTestId('orders-table').count()).toBe(0);
    expect(await page.getByTestId('open-cases').count()).toBe(0);
    expect(await page.content()).not.toContain(SHOP_A);
    await page.goto(withOrders.url);
    expect(await page.getByTestId('orders-table').isVisible()).toBe(true);
    // Order numbers of shop B only ("B000…"), never shop A's ("A000…").
    const orders = await page.getByTestId('orders-table').textContent();
    expect(orders).toMatch(/B0000\d\d/);
    expect(orders).not.toMatch(/A0000\d\d/);
    await context.close();
  });
});

describe('links that do not open', () => {
  test('a token one character off, a revoked link, an expired link and a made-up one all answer the same 404', async () => {
    const good = await cliShare(server.databaseUrl, ['--shop', SHOP_A], server.url);
    const revoked = await cliShare(server.databaseUrl, ['--shop', SHOP_A], server.url);
    // Frozen clock: made three days ago, valid for one day.
    const expired = await libShare(
      server.databaseUrl,
      SHOP_A,
      { expiresInDays: 1 },
      new Date(Date.now() - 3 * 86_400_000),
    );
    // And one that is still valid at creation time but expires before the visit.
    const shortLived = await libShare(
      server.databaseUrl,
      SHOP_A,
      { expiresInDays: 1 },
      new Date(Date.now() - 86_400_000 - 1000),
    );

    expect((await fetch(revoked.url)).status).toBe(200);
    await redline(server.databaseUrl, ['share', 'revoke', '--id', revoked.id]);

    const urls = {
      oneOff: `${server.url}/r/${oneCharOff(good.token)}`,
      revoked: revoked.url,
      expired: `${server.url}/r/${expired.token}`,
      shortLived: `${server.url}/r/${shortLived.token}`,
      madeUp: `${server.url}/r/${'A'.repeat(43)}`,
      malformed: `${server.url}/r/not-a-token`,
    };
    const context = await recordingContext();
    const page = await context.newPage();
    // The 404s asked for, and the browser's own favicon guess on a page that is one.
    const problems = watchPage(page, [
      ICON_ABORT,
      /http 404: GET .*\/r\//,
      /404 \(Not Found\) \(http:[^)]*\/(r\/|favicon\.ico)/,
      /http 404: GET .*\/favicon\.ico/,
    ]);
    const texts: Record<string, string> = {};
    for (const [name, url] of Object.entries(urls)) {
      const res = await page.goto(url);
      expect(res?.status(), name).toBe(404);
      expect(res!.headers()['cache-control'], name).toContain('no-store');
      expect(res!.headers()['x-robots-tag'], name).toContain('noindex');
      expect(await robotsMeta(page)).toContain('noindex');
      // What a person (or a screen reader) is shown; the page's whole HTML never names the shop.
      texts[name] = await page.locator('body').ariaSnapshot();
      expect(await page.content()).not.toContain(SHOP_A);
      expect(await cspViolations(page)).toEqual([]);
    }
    expect(new Set(Object.values(texts)).size).toBe(1);
    expect(texts.revoked).toContain('链接无效或已失效');
    expect(problems.list).toEqual([]);
    // The good link itself still works: the 404s are not the server failing.
    expect((await page.goto(good.url))?.status()).toBe(200);
    await context.close();
  });
});

describe('a link with a password', () => {
  const PASSWORD = '老板密码-2024';

  test('asks for it first, refuses a wrong one, and after the right one sets a cookie for that link only', async () => {
    const link = await cliShare(server.databaseUrl, ['--shop', SHOP_A, '--password', PASSWORD], server.url);
    const other = await cliShare(server.databaseUrl, ['--shop', SHOP_A, '--password', PASSWORD], server.url);
    const context = await recordingContext();
    const page = await context.newPage();
    const problems = watchPage(page, [ICON_ABORT]);

    const first = await page.goto(link.url);
    expect(first!.headers()['cache-control']).toContain('no-store');
    await expect.poll(() => page.getByTestId('share-password-form').isVisible()).toBe(true);
    expect(await page.content()).not.toContain(SHOP_A);

    await page.getByLabel('密码').fill('wrong password');
    await Promise.all([page.waitForURL(/\?e=wrong$/), page.getByRole('button', { name: /查看报告/ }).click()]);
    expect(await page.getByTestId('share-wrong').textContent()).toContain('密码不正确');
    expect(await page.content()).not.toContain(SHOP_A);

    await page.getByLabel('密码').fill(PASSWORD);
    await Promise.all([page.waitForURL(link.url), page.getByRole('button', { name: /查看报告/ }).click()]);
    await expect.poll(() => page.getByTestId('shared-shop').textContent()).toBe(SHOP_A);

    const cookies = (await context.cookies()).filter((c) => c.name === 'redline_share');
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ path: `/r/${link.token}`, httpOnly: true, sameSite: 'Lax' });
    expect(cookies[0].value).not.toBe(link.token);

    await page.reload();
    expect(await page.getByTestId('shared-shop').textContent()).toBe(SHOP_A);
    // Another link with the same password is not opened by this link's cookie.
    await page.goto(other.url);
    expect(await page.getByTestId('share-password-form').isVisible()).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.list).toEqual([]);

    // Revoking ends the cookie's access at once.
    await redline(server.databaseUrl, ['share', 'revoke', '--id', link.id]);
    expect((await page.goto(link.url))?.status()).toBe(404);
    await context.close();

    // A fresh visitor starts at the form.
    const fresh = await newContext(browser);
    const p2 = await fresh.newPage();
    await p2.goto(other.url);
    expect(await p2.getByTestId('share-password-form').isVisible()).toBe(true);
    await fresh.close();
  });

  test('wrong tries slow the next one down (never locking it), and not on other links', async () => {
    const link = await cliShare(server.databaseUrl, ['--shop', SHOP_A, '--password', PASSWORD], server.url);
    const neighbour = await cliShare(server.databaseUrl, ['--shop', SHOP_A, '--password', PASSWORD], server.url);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link.url);
    expect(await page.getByTestId('share-password-form').textContent()).toContain('最多 1 分钟');
    for (let i = 1; i <= 3; i++) {
      await page.getByLabel('密码').fill(`guess-${i}`);
      await Promise.all([page.waitForURL(/\?e=wrong$/), page.getByRole('button', { name: /查看报告/ }).click()]);
    }
    await expect.poll(() => page.getByTestId('share-wait').textContent()).toMatch(/请 \d+ 秒后再试/);
    // The wait after three wrong tries is one second: dated 30 s later, the tries keep it running
    // however long a busy machine takes to send the next request.
    shiftTries(server.databaseUrl, 30);

    // The right password, posted straight to the form's target while the wait runs, is not looked at.
    const res = await fetch(`${link.url}/unlock`, {
      method: 'POST',
      body: new URLSearchParams({ password: PASSWORD }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(new RegExp(`^/r/${link.token}\\?e=wait&s=\\d+$`));
    expect(res.headers.get('set-cookie')).toBeNull();

    // Other links are not slowed.
    const other = await newContext(browser);
    const p2 = await other.newPage();
    await p2.goto(neighbour.url);
    await p2.getByLabel('密码').fill(PASSWORD);
    await Promise.all([p2.waitForURL(neighbour.url), p2.getByRole('button', { name: /查看报告/ }).click()]);
    expect(await p2.getByTestId('shared-shop').textContent()).toBe(SHOP_A);

    // A minute later (the recorded tries moved back rather than sleeping) the right password opens it.
    shiftTries(server.databaseUrl, -60);
    await page.goto(link.url);
    await page.getByLabel('密码').fill(PASSWORD);
    await Promise.all([page.waitForURL(link.url), page.getByRole('button', { name: /查看报告/ }).click()]);
    expect(await page.getByTestId('shared-shop').textContent()).toBe(SHOP_A);
    await other.close();
    await context.close();
  });
});
