/**
 * The home page lists the shop most at risk first: a shop in penalty above one on watch above one
 * that is fine, whatever order they were imported in (the list used to be newest first). And a
 * custom range the dashboard cannot use is an error on its form, not a quiet default range (30 days
 * for this shop, whose exports do not fill 90).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDays } from '@/lib/time/china';
import { launchBrowser, newContext, watchPage } from './browser';
import { startServer, type TestServer } from './server';
import { exportsFor, ICON_ABORT, redline } from './shareData';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  // Imported most at risk first, so newest-first would list them exactly the wrong way round.
  // 10 orders a day: every 11th escalated is far over 3%, every 37th just under it (watch), every 60th well under it (its after-sales export covers the whole window).
  const shops: [string, string, number][] = [
    ['处罚店', 'P', 11],
    ['关注店', 'W', 37],
    ['安全店', 'K', 60],
  ];
  for (const [name, prefix, nth] of shops) {
    await redline(server.databaseUrl, ['import', '--shop', name, ...exportsFor(server.dir, prefix, 10, nth)]);
  }
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

test('home lists shops by risk, each with its status, its rate and the day its figures are for', async () => {
  const problems = watchPage(page, [ICON_ABORT]);
  await page.goto(`${server.url}/`);
  const rows = page.locator('tr[data-shop]');
  const seen = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-shop'), tr.querySelector('[data-status]')?.getAttribute('data-status')]),
  );
  expect(seen).toEqual(
    [
      ['安全店', 'ok'],
      ['关注店', 'watch'],
      ['处罚店', 'breach'],
    ].reverse(),
  );
  for (const name of ['处罚店', '关注店', '安全店']) {
    const row = page.locator(`tr[data-shop="${name}"]`);
    expect(await row.getByTestId('home-rate').textContent()).toMatch(/^\d+\.\d\d%$/);
    // The day the figures are for, and how old that is (the data here is from 2024).
    expect(await row.locator('td').last().textContent()).toMatch(/^(2024-04-\d\d)数据截至 \1，已过去 \d+ 天。$/);
  }
  expect(problems.list).toEqual([]);
});

test('an inverted custom range stays on the form with an error, in either language', async () => {
  const problems = watchPage(page, [ICON_ABORT]);
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: '查看 关注店 的看板' }).click();
  await page.getByLabel('开始日期').fill('2024-04-01');
  await page.getByLabel('结束日期').fill('2024-03-01');
  await page.getByRole('button', { name: '应用' }).click();
  await page.waitForURL(/from=2024-04-01&to=2024-03-01/);
  expect(await page.getByTestId('range-error').textContent()).toBe(
    '这个日期范围未应用（结束日期早于开始日期），下面显示的是近 30 天。',
  );
  expect(await page.getByLabel('开始日期').inputValue()).toBe('2024-04-01');
  expect(await page.getByLabel('结束日期').getAttribute('aria-invalid')).toBe('true');
  await page.getByTestId('lang-en').click();
  await expect
    .poll(() => page.getByTestId('range-error').textContent())
    .toBe('Those dates were not applied (to is before from); showing the last 30 days instead.');
  // A day that does not exist (typed into the address) is named as such, not dropped in silence.
  await page.goto(page.url().replace(/from=[^&]*&to=[^&]*/, 'from=2024-02-30&to=2024-03-10'));
  expect(await page.getByTestId('range-error').textContent()).toBe(
    'Those dates were not applied (there is no such day); showing the last 30 days instead.',
  );
  expect(problems.list).toEqual([]);
});

test('a range that ends before the latest day speaks of its own last day, never of today', async () => {
  await page.goto(`${server.url}/`);
  // The test before left the page in English.
  await page.getByTestId('lang-zh').click();
  await page.getByRole('link', { name: '查看 安全店 的看板' }).click();
  await page.waitForURL(/\/shops\/\d+$/);
  const latest = (await page.getByTestId('headline').getAttribute('data-date'))!;
  expect(await page.getByTestId('card-safe').textContent()).toBe('当前安全');
  const to = addDays(latest, -1); // the day before: its window is still wholly covered
  await page.goto(`${page.url()}?from=${addDays(to, -29)}&to=${to}`);
  expect(await page.getByTestId('headline').getAttribute('data-date')).toBe(to);
  expect(await page.getByTestId('card-streak').textContent()).toMatch(new RegExp(`^${to} 未超线`));
  expect(await page.getByTestId('card-safe').textContent()).toBe(`${to} 未超线`);
  // The range ends where the merchant said: no later day drawn beside its forecast.
  const dates = await page.getByTestId('count-chart').locator('tbody tr th, tbody tr td:first-child').allTextContents();
  // Newest first: the range's own last day, then earlier ones.
  expect(dates[0]).toBe(to);
});
