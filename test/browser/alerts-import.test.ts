/**
 * An import through the page tells the groups (the server's schedule is off here, so only the
 * import can have sent it), and a robot that does not answer neither fails the import nor holds it
 * up: the page finishes, the delivery log says "timeout" a few seconds later.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { marchOverTheLine } from '../helpers/exports';
import { accepted, messageText, type Robot, startRobot } from '../helpers/robots';
import { launchBrowser, newContext, type PageProblems, watchPage } from './browser';
import { startServer, type TestServer } from './server';

const NOW = '2024-04-01T02:00:00Z';
let server: TestServer;
let robot: Robot;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let env: Record<string, string>;

beforeAll(async () => {
  robot = await startRobot('wecom');
  server = await startServer({ env: { REDLINE_NOW: NOW, REDLINE_ALERTS: 'off' } });
  env = { DATABASE_URL: server.databaseUrl, REDLINE_NOW: NOW, REDLINE_LANG: 'zh' };
  const add = await runCli(['alerts', 'add', '--all-shops', '--channel', 'wecom', '--url', robot.url], env);
  expect(add.status, add.stderr).toBe(0);
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  problems = watchPage(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  await robot?.close();
});

/** Imports both March exports into a new shop through the import page; the time it took. */
async function importThroughPage(shop: string): Promise<number> {
  const { orders, cases } = marchOverTheLine(path.join(server.dir));
  await page.goto(`${server.url}/import`);
  const newShop = page.getByLabel('新店铺', { exact: true });
  if (await newShop.count()) await newShop.check();
  await page.getByLabel('新店铺名称').fill(shop);
  await page.locator('[data-testid=file-input]').setInputFiles([orders, cases]);
  await expect.poll(() => page.locator('[data-testid=preview-kind]').count(), { timeout: 30_000 }).toBe(2);
  const started = Date.now();
  await page.getByRole('button', { name: '开始导入' }).click();
  const results = page.locator('[data-testid=result][data-outcome=imported]');
  await expect.poll(() => results.count(), { timeout: 60_000 }).toBe(2);
  // The page's last step records the coverage; the alert pass starts after it.
  await page.locator('[data-testid=file-card]').last().getByText('2024-03-01').first().waitFor();
  return Date.now() - started;
}

test('an import through the page tells the group once the exports give a verdict', async () => {
  await importThroughPage('新店');
  await expect.poll(() => accepted(robot).length, { timeout: 15_000 }).toBe(1);
  const text = messageText(accepted(robot)[0]);
  expect(text).toContain('### 【红线】新店：已超线');
  expect(text).toContain('**近30天平台介入率 3.33%，阈值 3.00%**');
  expect(problems.list).toEqual([]);
});

test('a robot that does not answer neither fails nor holds up the import; the log says why', async () => {
  robot.script.push('silent');
  const took = await importThroughPage('二店');
  // The pass after an import gives a robot 5 s, and the page does not wait for it.
  expect(took).toBeLessThan(30_000);
  await expect
    .poll(async () => (await runCli(['alerts', 'list'], env)).stdout, { timeout: 20_000 })
    .toMatch(/最近一次：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d 失败 timeout 5000 ms/);
  expect(accepted(robot)).toHaveLength(1);
});
