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

type Seen = { upload: number[]; process: number[]; uploadPhases: string[]; processPhases: string[] };
/** Whether the phases seen keep the order given (each one at or after the one before). */
const rank = (seen: string[], order: string[]) =>
  seen.every((p, i) => i === 0 || order.indexOf(p) >= order.indexOf(seen[i - 1]));

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
    const w = window as unknown as { seen: Seen };
    w.seen = { upload: [], process: [], uploadPhases: [], processPhases: [] };
    const note = (list: string[], value: string | null | undefined) => {
      if (value && list.at(-1) !== value) list.push(value);
    };
    const record = () => {
      const bars = document.querySelectorAll('progress');
      if (bars.length === 2) {
        w.seen.upload.push((bars[0] as HTMLProgressElement).value);
        w.seen.process.push((bars[1] as HTMLProgressElement).value);
      }
      note(w.seen.uploadPhases, document.querySelector('[data-testid=upload-phase]')?.getAttribute('data-phase'));
      note(w.seen.processPhases, document.querySelector('[data-testid=process-phase]')?.getAttribute('data-phase'));
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  await page.getByRole('button', { name: '开始导入' }).click();
  // Leaving while the file is sent asks first; staying keeps the upload going.
  await expect.poll(() => page.locator('[data-testid=upload-phase]').getAttribute('data-phase')).toBe('uploading');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  await expect.poll(() => page.locator('[data-testid=result]').count(), { timeout: 180_000 }).toBe(1);
  expect(await page.locator('[data-testid=result]').getAttribute('data-outcome')).toBe('imported');
  expect(await page.locator('[data-testid=rows-read]').textContent()).toBe(
    new Intl.NumberFormat('zh-CN').format(shop.orders.length),
  );
  const seen = await page.evaluate(() => (window as unknown as { seen: Seen }).seen);
  // Each row says its own phase, in order: the bytes sent, then the file read and merged (the rows
  // give way to the result once it is done). The merge of these rows can end between two polls of
  // the page (300 ms apart), so it is not required to be seen; its order is, when it is.
  expect(seen.uploadPhases).toEqual(['uploading', 'uploaded']);
  const order = ['waiting', 'uploading', 'reading', 'merging', 'done'];
  const phases = seen.processPhases.join(' ');
  expect(
    seen.processPhases.every((p) => order.includes(p)),
    phases,
  ).toBe(true);
  expect(rank(seen.processPhases, order), phases).toBe(true);
  expect(seen.processPhases, phases).toContain('reading');
  // Both bars only move forward; the upload reaches 100% and the reading is seen at several points.
  const rising = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]);
  expect(rising(seen.upload), seen.upload.join(' ')).toBe(true);
  expect(seen.upload.at(-1)).toBe(100);
  expect(rising(seen.process), seen.process.join(' ')).toBe(true);
  expect(new Set(seen.process).size).toBeGreaterThan(1);
  expect(problems.list).toEqual([]);
  await context.close();
});
