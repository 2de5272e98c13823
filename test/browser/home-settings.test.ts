import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, watchPage } from './browser';
import { startServer, type TestServer } from './server';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('the home page answers in Chinese, without a console error or failed request', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(server.url + '/');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
  await expect.poll(() => page.locator('h1').first().textContent()).toContain('红线');
  expect(problems.list).toEqual([]);
  await context.close();
});
