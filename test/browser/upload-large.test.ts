/**
 * A large export through the page: the body must reach the import whole (not cut at a proxy's
 * body limit), and the page must show real progress while it is read.
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleShop } from '@/lib/sample/model';
import { pddOrdersCsv } from '@/lib/sample/writers';
import { launchBrowser, newContext, watchPage } from './browser';
import { writeBytes } from './exports';
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

test('a 20 MB order export streams through the import page whole, with progress shown', async () => {
  const shop = sampleShop({ lastDay: '2026-06-30', days: 365, seed: 44, ordersPerDay: 260, caseRate: 0 });
  const file = writeBytes(server.dir, '拼多多订单-全年.csv', pddOrdersCsv(shop));
  expect(fs.statSync(file).size).toBeGreaterThan(15_000_000);

  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(`${server.url}/import`);
  await page.getByLabel('新店铺名称').fill('全年大文件店');
  await page.locator('[data-testid=file-input]').setInputFiles([file]);
  // Detected from the first part of the file, rows estimated from its size.
  await expect.poll(() => page.locator('[data-testid=preview-kind]').textContent(), { timeout: 30_000 }).toBe('订单');
  expect(await page.locator('[data-testid=preview-rows]').textContent()).toMatch(/^约 [\d,]+（按前 2\.1 MB 估算）$/);

  // Record every value the two bars take while the import runs.
  await page.evaluate(() => {
    const w = window as unknown as { seen: { upload: number[]; process: number[] } };
    w.seen = { upload: [], process: [] };
    const record = () => {
      const bars = document.querySelectorAll('progress');
      if (bars.length === 2) {
        w.seen.upload.push((bars[0] as HTMLProgressElement).value);
        w.seen.process.push((bars[1] as HTMLProgressElement).value);
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect.poll(() => page.locator('[data-testid=result]').count(), { timeout: 180_000 }).toBe(1);
  expect(await page.locator('[data-testid=result]').getAttribute('data-outcome')).toBe('imported');
  expect(await page.locator('[data-testid=rows-read]').textContent()).toBe(
    new Intl.NumberFormat('zh-CN').format(shop.orders.length),
  );
  const seen = await page.evaluate(() => (window as unknown as { seen: { upload: number[]; process: number[] } }).seen);
  // Both bars only move forward; the upload reaches 100% and the reading is seen at several points.
  const rising = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]);
  expect(rising(seen.upload), seen.upload.join(' ')).toBe(true);
  expect(seen.upload.at(-1)).toBe(100);
  expect(rising(seen.process), seen.process.join(' ')).toBe(true);
  expect(new Set(seen.process).size).toBeGreaterThan(1);
  expect(problems.list).toEqual([]);
  await context.close();
});
