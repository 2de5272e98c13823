/**
 * An empty install, the sample data, and a shop's settings: rules with their sources, a changed
 * threshold reaching the dashboard, calibration, import history, deleting the shop.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from 'vitest';
import { launchBrowser, newContext, type PageProblems, unlabelledControls, watchPage } from './browser';
import { cliMetrics } from './cli';
import { ROOT, startServer, type TestServer } from './server';
import { shot } from './shots';

const SHOTS = path.join(ROOT, 'test', '.tmp', 'screenshots');
const SAMPLE = '示例店铺（拼多多）';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  problems = watchPage(page);
});

beforeEach((ctx) => {
  onTestFailed(async () => {
    await page
      ?.screenshot({
        path: path.join(SHOTS, `failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`),
        fullPage: true,
      })
      .catch(() => undefined);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe.sequential('home and settings', () => {
  test('an empty install answers in Chinese and offers the sample data, which goes through the real import', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await shot(page, 'home-empty.png', true);
    await page.getByRole('button', { name: '加载示例数据' }).click();
    await page.waitForURL(/\/shops\/\d+$/, { timeout: 60_000 });
    await page.locator('[data-testid=card-rate]').waitFor();
    const latest = (await cliMetrics(server.databaseUrl, SAMPLE)).days.at(-1)!;
    expect(await page.locator('[data-testid=card-count]').textContent()).toBe(
      new Intl.NumberFormat('zh-CN').format(latest.interventions30d),
    );
    await page.goto(`${server.url}/`);
    const row = page.locator(`tr[data-shop="${SAMPLE}"]`);
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe(latest.status);
    expect(await row.locator('[data-testid=home-rate]').textContent()).toBe(
      `${((latest.rate30d ?? 0) * 100).toFixed(2)}%`,
    );
    expect(await row.locator('svg.sparkline path').count()).toBe(1);
    // How much is stored, counted straight from the database file.
    const db = new Database(server.databaseUrl, { readonly: true });
    const orders = (db.prepare('select count(*) n from orders').get() as { n: number }).n;
    db.close();
    expect(orders).toBeGreaterThan(100);
    expect(await page.getByTestId('stored').textContent()).toBe(
      `共存储 1 个店铺、${new Intl.NumberFormat('zh-CN').format(orders)} 个订单。`,
    );
    expect(problems.list).toEqual([]);
  });

  test('settings show where each rule comes from; a changed count threshold reaches the dashboard', async () => {
    await page.getByRole('link', { name: `查看 ${SAMPLE} 的看板` }).click();
    await page.getByRole('link', { name: '店铺设置' }).click();
    await page.waitForURL(/\/settings$/);
    const form = page.locator('[data-testid=rule-form]').first();
    expect(await form.locator('[data-testid=rule-source]').textContent()).toContain('估计值，平台未公开');
    await form.getByLabel('介入订单数阈值').fill('7');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 15_000 }).toBe('已保存。');
    await shot(page, 'settings.png', true);
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByRole('link', { name: '返回看板' }).click();
    await page.locator('[data-testid=card-count]').waitFor();
    expect(await page.locator('[data-testid=card-count] + .card-sub').textContent()).toBe(
      '阈值 7 · 与介入率阈值同时达到才算超线',
    );
    expect(problems.list).toEqual([]);
  });

  test('calibration lists the back-end figure beside ours; import history lists both sample files', async () => {
    await page.getByRole('link', { name: '店铺设置' }).click();
    await page.waitForURL(/\/settings$/);
    const latest = (await cliMetrics(server.databaseUrl, SAMPLE)).days.at(-1)!;
    const cal = page.locator('[data-testid=calibration]');
    await cal.getByLabel('后台日期').fill(latest.date, { timeout: 10_000 });
    await cal.getByLabel('后台介入订单数').fill(String(latest.interventions30d));
    await cal.getByLabel('后台介入率（%）').fill(((latest.rate30d ?? 0) * 100).toFixed(2));
    await cal.getByRole('button', { name: '添加并比对' }).click();
    await expect
      .poll(() => cal.locator('tbody th[scope=row]').first().textContent(), { timeout: 15_000 })
      .toBe(latest.date);
    const history = page.locator('[data-testid=import-history] tbody tr');
    expect(await history.count()).toBe(2);
    expect(problems.list).toEqual([]);
  });

  test('a shop that does not exist answers 404 with a page that says so', async () => {
    problems.allow.push('/shops/999999', '/api/shops/999999/daily');
    const res = await page.goto(`${server.url}/shops/999999`);
    expect(res?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('没有这个页面');
    const api = await page.request.get(`${server.url}/api/shops/999999/daily`);
    expect(api.status()).toBe(404);
    const bad = await page.request.post(`${server.url}/api/import?name=`, { data: 'x' });
    expect(bad.status()).toBe(400);
    expect(problems.list).toEqual([]);
    await page.goBack();
  });

  test('deleting a shop needs its name, then leaves the install empty and gives the space back', async () => {
    // Settings say what the shop takes, in the one byte formatter's words.
    expect(await page.getByTestId('shop-size').textContent()).toMatch(
      /^这个店铺的数据约占 [\d.]+ (KB|MB)，删除后这些空间还给磁盘。$/,
    );
    const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
    const onDisk = () => size(server.databaseUrl) + size(`${server.databaseUrl}-wal`);
    const before = onDisk();
    await page.getByTestId('delete-confirm').fill('别的名字');
    await page.getByTestId('delete-shop').click();
    await expect.poll(() => page.getByText('名称不一致，未删除。').count(), { timeout: 15_000 }).toBe(1);
    await page.getByTestId('delete-confirm').fill(SAMPLE);
    await page.getByTestId('delete-shop').click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByRole('button', { name: '加载示例数据' }).count(), { timeout: 15_000 }).toBe(1);
    // The sample's rows were most of the file: it and its log are now a fraction of what they were.
    expect(onDisk(), `${before} bytes before`).toBeLessThan(before / 3);
    expect(problems.list).toEqual([]);
  });
});
