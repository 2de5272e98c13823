/**
 * The ShareLinks panel on the shop dashboard, in Debian's Chromium: create a link with a label,
 * range and password, open it as a visitor, see its view counted, revoke it; and the share API
 * behind the panel, called as the panel calls it and as a cross-site page or a bad client would.
 */
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeConnection, openConnection } from '@/lib/db/connection';
import { findShopByName } from '@/lib/db/queries/shops';
import { shopIdIn } from '../helpers/db';
import { launchBrowser, newContext, watchPage } from './browser';
import { startServer, type TestServer } from './server';
import { ICON_ABORT, importTwoShops, SHOP_A, SHOP_B } from './shareData';

/** The text the panel's QR code scans to: the SVG drawn on a canvas and read by a QR decoder. */
async function qrText(page: Page): Promise<string | null> {
  const img = await page.getByTestId('share-qr').evaluate(async (svg) => {
    const scale = 2;
    const box = svg.getBoundingClientRect();
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(box.width * scale);
    canvas.height = Math.round(box.height * scale);
    const g = canvas.getContext('2d')!;
    g.drawImage(image, 0, 0, canvas.width, canvas.height);
    // The pixels as base64: a plain array of a million numbers takes seconds to come across.
    const bytes = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { w: canvas.width, h: canvas.height, data: btoa(text) };
  });
  return jsQR(new Uint8ClampedArray(Buffer.from(img.data, 'base64')), img.w, img.h)?.data ?? null;
}

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

test('the dashboard panel creates a password link shown once, counts its view, and revokes it', async () => {
  const conn = await openConnection(server.databaseUrl);
  const shop = await findShopByName(conn.db, SHOP_A);
  await closeConnection(conn);
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = watchPage(page, [ICON_ABORT, /404 \(Not Found\) \(http:[^)]*\/r\//, /http 404: GET .*\/r\//]);
  await page.goto(`${server.url}/shops/${shop!.id}`);
  const panel = page.getByTestId('share-links');
  await expect.poll(() => panel.isVisible()).toBe(true);
  await panel.getByLabel('备注').fill('给代运营');
  await panel.getByLabel('报告范围').selectOption('90');
  await panel.getByLabel('有效期').selectOption('7');
  await panel.getByLabel('访问密码（可选）').fill('panel-pw');
  await panel.getByRole('button', { name: '生成链接' }).click();
  const urlBox = panel.getByTestId('share-url');
  await expect.poll(() => urlBox.isVisible()).toBe(true);
  const url = await urlBox.inputValue();
  expect(url).toMatch(new RegExp(`^${server.url}/r/[A-Za-z0-9_-]{43}$`));
  const row = panel.getByTestId('share-list').locator('tbody tr', { hasText: '给代运营' });
  expect(await row.textContent()).toContain('最近 90 天');
  expect(await row.textContent()).toContain('有');
  // What it shows: the order tables were not ticked.
  expect(await row.getByTestId('share-includes').textContent()).toBe('仅数字');
  // Its QR code, shown once with it, scans to the very address.
  expect(await qrText(page)).toBe(url);
  // An address on this machine is said to be one: a phone scanning it would open nothing.
  expect(await panel.getByTestId('share-local').textContent()).toContain('只有这台电脑能打开');

  // A visitor with the link and the password sees the shop, and the view is counted.
  const visitor = await newContext(browser);
  const v = await visitor.newPage();
  await v.goto(url);
  await v.getByLabel('密码').fill('panel-pw');
  await Promise.all([v.waitForURL(url), v.getByRole('button', { name: /查看报告/ }).click()]);
  expect(await v.getByTestId('shared-shop').textContent()).toBe(SHOP_A);
  expect(await v.content()).not.toContain(SHOP_B);

  await page.reload();
  await expect
    .poll(() =>
      panel.getByTestId('share-list').locator('tbody tr', { hasText: '给代运营' }).locator('td.num').textContent(),
    )
    .toBe('1');
  // After a reload the address is gone for good: only its hash is stored.
  expect(await panel.getByTestId('share-url').count()).toBe(0);

  // Revoking asks first; cancelling keeps the link working.
  await panel.getByRole('button', { name: '撤销链接 给代运营' }).click();
  const confirm = panel.getByRole('group', { name: '确认撤销链接 给代运营' });
  expect(await confirm.textContent()).toContain('撤销后此链接立即失效');
  // On a phone the question and its buttons are on screen, not past the table's right edge.
  await page.setViewportSize({ width: 390, height: 844 });
  const sure = (await confirm.getByRole('button', { name: '确认撤销' }).boundingBox())!;
  expect(sure.x + sure.width).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
  await confirm.getByRole('button', { name: '取消' }).click();
  expect(await confirm.count()).toBe(0);
  expect((await v.goto(url))?.status()).toBe(200);
  await panel.getByRole('button', { name: '撤销链接 给代运营' }).click();
  await confirm.getByRole('button', { name: '确认撤销' }).click();
  // The revoked link leaves the live list for a folded list of ended links.
  const ended = panel.getByTestId('share-ended');
  await expect.poll(() => ended.count()).toBe(1);
  expect(await panel.getByTestId('share-list').locator('tbody tr', { hasText: '给代运营' }).count()).toBe(0);
  expect(await ended.getAttribute('open')).toBeNull();
  expect(await ended.locator('summary').textContent()).toBe('已结束的链接（1）');
  await ended.locator('summary').click();
  expect(await ended.locator('tbody tr', { hasText: '给代运营' }).textContent()).toContain('已撤销');
  expect((await v.goto(url))?.status()).toBe(404);
  expect(problems.list).toEqual([]);
  await visitor.close();
  await context.close();
});

describe('the share API the dashboard calls', () => {
  test('creates a link (URL shown once), lists it with its views, and revokes it; bad or cross-site requests are refused', async () => {
    const api = `${server.url}/api/shares`;
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    const shopB = shopIdIn(server.databaseUrl, SHOP_B);
    const res = await post({
      shopId: shopB,
      label: 'agency',
      days: 90,
      expiresInDays: 7,
      password: 'pw-agency',
      includeOrders: true,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const made = await res.json();
    expect(made.url).toMatch(new RegExp(`^${server.url}/r/[A-Za-z0-9_-]{43}$`));

    const list = await (await fetch(`${api}?shop=${shopB}`)).json();
    const row = list.links.find((l: { id: string }) => l.id === made.id);
    expect(row).toMatchObject({
      label: 'agency',
      range: { kind: 'rolling', days: 90 },
      hasPassword: true,
      includeOrders: true,
      state: 'active',
      views: 0,
    });
    expect(JSON.stringify(list)).not.toContain(made.url.split('/r/')[1]);

    expect((await fetch(made.url)).status).toBe(200);
    const del = await fetch(`${api}/${made.id}`, { method: 'DELETE' });
    expect(await del.json()).toMatchObject({ id: made.id, revoked: true, already: false });
    expect((await fetch(made.url)).status).toBe(404);
    expect((await fetch(`${api}/nope`, { method: 'DELETE' })).status).toBe(404);

    expect((await post({ shopId: shopB, days: 0 })).status).toBe(400);
    expect((await post({ shopId: shopB, from: '2024-03-05', to: '2024-03-01' })).status).toBe(400);
    expect((await post({ shopId: 999_999 })).status).toBe(404);
    const refused = await (await post({ shopId: shopB, days: 0 }, { cookie: 'redline_lang=en' })).json();
    expect(refused).toEqual({ error: { code: 'request.invalid', message: 'Invalid request: days.' } });
    expect((await post({ shopId: shopB, extra: 1 })).status).toBe(400);
    expect((await post({ shopId: shopB }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ shopId: shopB }, { origin: 'http://evil.example' })).status).toBe(403);
    expect(
      (
        await fetch(api, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'shop=x',
        })
      ).status,
    ).toBe(415);
    expect(
      (await fetch(`${api}/${made.id}`, { method: 'DELETE', headers: { 'sec-fetch-site': 'cross-site' } })).status,
    ).toBe(403);
  });
});
