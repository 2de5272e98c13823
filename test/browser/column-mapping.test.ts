/**
 * A merchant's own export layout through the import page in Chromium: a header Redline has never
 * seen is mapped in the preview, imported, and remembered for the shop (the next file with that
 * header imports without mapping); the saved mapping is listed in settings and removed there. The
 * figures are checked day by day against `redline metrics` on the same database.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from 'vitest';
import { sampleShop } from '@/lib/sample/model';
import { pddOrdersCsv } from '@/lib/sample/writers';
import { csvText } from '../helpers/files';
import { launchBrowser, newContext, type PageProblems, unlabelledControls, watchPage } from './browser';
import { cliMetrics } from './cli';
import { writeBytes } from './exports';
import { ROOT, startServer, type TestServer } from './server';
import { shot } from './shots';

const SHOTS = path.join(ROOT, 'test', '.tmp', 'screenshots');
const SHOP = '映射测试店';
const HEADER = ['单号', '付款日期', '实收(元)', '商品', '状态'];
// 03-01: 2 orders; 03-02: 3 (one five minutes after China midnight, counted on the 2nd); 03-03: 1.
const MARCH_EARLY = [
  ['M001', '2026-03-01 09:00:00', '19.90', '袜子', '已发货'],
  ['M002', '2026-03-01 23:59:00', '9.90', '手套', '已发货'],
  ['M003', '2026-03-02 00:05:00', '29.00', '帽子', '交易成功'],
  ['M004', '2026-03-02 12:00:00', '5.00', '袜子', '交易成功'],
  ['M005', '2026-03-02 18:30:00', '15.00', '手套', '已发货'],
  ['M006', '2026-03-03 08:00:00', '12.00', '帽子', '交易成功'],
];
// M006 again (the exports overlap): not a new order. 03-04: 2; 03-05: 1.
const MARCH_LATE = [
  ['M006', '2026-03-03 08:00:00', '12.00', '帽子', '交易成功'],
  ['M007', '2026-03-04 10:00:00', '8.00', '袜子', '已发货'],
  ['M008', '2026-03-04 21:15:00', '8.00', '袜子', '已发货'],
  ['M009', '2026-03-05 07:45:00', '30.00', '帽子', '已发货'],
];

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let files: { early: string; late: string; pdd: string };
let shopId: number;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newContext(browser);
  await context.addCookies([{ name: 'redline_lang', value: 'zh', url: server.url }]);
  page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  problems = watchPage(page);
  fs.mkdirSync(SHOTS, { recursive: true });
  files = {
    early: writeBytes(server.dir, '自选列导出-3月上.csv', csvText([HEADER, ...MARCH_EARLY])),
    late: writeBytes(server.dir, '自选列导出-3月下.csv', csvText([HEADER, ...MARCH_LATE])),
    pdd: writeBytes(
      server.dir,
      '拼多多订单.csv',
      pddOrdersCsv(sampleShop({ lastDay: '2026-03-05', days: 3, seed: 3, ordersPerDay: 2 })),
    ),
  };
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
  if (server && problems?.list.length) console.error(server.output());
  await server?.stop();
});

/** Orders paid on each day, from the command line's rolling 30-day counts (the days before have none). */
async function ordersPerDay(): Promise<Record<string, number>> {
  const { days } = await cliMetrics(server.databaseUrl, SHOP, { from: '2026-03-01', to: '2026-03-05' });
  const out: Record<string, number> = {};
  days.forEach((d, i) => {
    out[d.date] = d.orders30d - (i > 0 ? days[i - 1].orders30d : 0);
  });
  return out;
}

/** Screenshots of the page at a desktop and a phone width; the phone one must not scroll sideways. */
async function shots(name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot(page, `${name}-1440.png`, true);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-390.png`, true);
  // The elements that stick out, named, so a failure says what to fix.
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > 391)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 8),
  );
  expect(wide).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });
}

const mapping = () => page.locator('[data-testid=mapping]');

describe.sequential('column mapping through the import page', () => {
  test('an unknown header is mapped in the preview, previewed with the mapping and imported', async () => {
    await page.goto(`${server.url}/import`);
    await page.getByLabel('新店铺名称').fill(SHOP);
    await page.locator('[data-testid=file-input]').setInputFiles([files.early]);
    await mapping().waitFor({ timeout: 30_000 });
    // Suggested from the names and values; an example beside each; the required fields marked.
    expect(await page.locator('[data-testid=map-orderNo]').inputValue()).toBe('单号');
    expect(await page.locator('[data-testid=map-paidAt]').inputValue()).toBe('付款日期');
    expect(await page.locator('[data-testid=map-amount]').inputValue()).toBe('实收(元)');
    expect(await page.locator('[data-testid=example-paidAt]').textContent()).toBe('示例：2026-03-01 09:00:00');
    expect(
      await mapping()
        .locator('.mapping-row:has(.badge-required)')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field'))),
    ).toEqual(['orderNo', 'paidAt']);
    // After-sales: the status column's values with their counts, to tick as "the platform stepped in".
    await page.locator('[data-testid=mapping-kind]').selectOption('afterSales');
    await page.locator('[data-testid=map-status]').selectOption('状态');
    const values = page.locator('[data-testid=intervention-values] label');
    expect((await values.allTextContents()).sort()).toEqual(['交易成功（3）', '已发货（3）']);
    await page.locator('[data-testid=mapping-kind]').selectOption('orders');

    await page.locator('[data-testid=mapping-platform]').selectOption('taobao');
    await page.locator('[data-testid=map-product]').selectOption('商品');
    await page.locator('[data-testid=map-status]').selectOption('状态');
    expect(await unlabelledControls(page)).toEqual([]);
    await shots('mapping-zh');

    await page.locator('[data-testid=mapping-apply]').click();
    await page.locator('[data-testid=mapping-applied]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=preview-rows]').textContent()).toBe('6');
    expect(await page.locator('[data-testid=preview-dates]').textContent()).toBe('2026-03-01 – 2026-03-03');
    expect(await page.locator('[data-testid=preview-kind]').textContent()).toBe('订单');

    await page.getByRole('button', { name: '开始导入' }).click();
    const result = page.locator('[data-testid=result]');
    await expect.poll(() => result.getAttribute('data-outcome'), { timeout: 60_000 }).toBe('imported');
    expect(await page.locator('[data-testid=rows-new]').textContent()).toBe('6');
    const href = (await page.locator('[data-testid=to-dashboard]').getAttribute('href')) ?? '';
    shopId = Number(href.split('/').at(-1));
    expect(shopId).toBeGreaterThan(0);
    expect(await ordersPerDay()).toEqual({
      '2026-03-01': 2,
      '2026-03-02': 3,
      '2026-03-03': 1,
      '2026-03-04': 0,
      '2026-03-05': 0,
    });
    expect(problems.list).toEqual([]);
  });

  test('the next file with that header imports by itself; another platform’s file is flagged before import; the same file again changes nothing', async () => {
    await page.goto(`${server.url}/import?shop=${shopId}`);
    await page.locator('[data-testid=file-input]').setInputFiles([files.late, files.pdd]);
    const late = page.locator(`[data-testid=file-card][data-file="${path.basename(files.late)}"]`);
    const pdd = page.locator(`[data-testid=file-card][data-file="${path.basename(files.pdd)}"]`);
    await expect.poll(() => late.locator('[data-testid=preview-kind]').textContent(), { timeout: 30_000 }).toBe('订单');
    expect(await late.locator('[data-testid=mapping]').count()).toBe(0);
    expect(await late.locator('[data-testid=preview-rows]').textContent()).toBe('4');
    // The PDD export would be refused by this 淘宝/天猫 shop: said before anything is sent.
    const warning = pdd.locator('[data-testid=platform-mismatch]');
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.textContent()).toContain(`这个文件是拼多多的导出，而店铺「${SHOP}」是淘宝/天猫店铺`);
    expect(await warning.getByRole('button').allTextContents()).toEqual(['导入到新的拼多多店铺']);
    await pdd.getByRole('button', { name: `移除 ${path.basename(files.pdd)}` }).click();

    await page.getByRole('button', { name: '开始导入' }).click();
    await expect
      .poll(() => late.locator('[data-testid=result]').getAttribute('data-outcome'), { timeout: 60_000 })
      .toBe('imported');
    expect(await late.locator('[data-testid=rows-new]').textContent()).toBe('3');
    // M006 is stored already, exactly so: 4 read = 3 new + 1 unchanged; no row repeats in the file.
    expect(await late.locator('[data-testid=rows-unchanged]').textContent()).toBe('1');
    expect(await late.locator('[data-testid=rows-repeated]').count()).toBe(0);
    expect(await ordersPerDay()).toEqual({
      '2026-03-01': 2,
      '2026-03-02': 3,
      '2026-03-03': 1,
      '2026-03-04': 2,
      '2026-03-05': 1,
    });

    // The very same file again: information, not a failure.
    await page.getByRole('button', { name: '继续导入' }).click();
    await page.locator('[data-testid=file-input]').setInputFiles([files.late]);
    await expect.poll(() => page.locator('[data-testid=preview-kind]').textContent(), { timeout: 30_000 }).toBe('订单');
    await page.getByRole('button', { name: '开始导入' }).click();
    await expect
      .poll(() => page.locator('[data-testid=result]').getAttribute('data-outcome'), { timeout: 60_000 })
      .toBe('unchanged');
    expect(await page.locator('[data-testid=result-message]').getAttribute('class')).toBe('message-info');
    // Nothing changed, and the way to the shop's dashboard is still offered.
    expect(await page.getByTestId('to-dashboard').getAttribute('href')).toBe(`/shops/${shopId}`);
    expect(await ordersPerDay()).toMatchObject({ '2026-03-04': 2, '2026-03-05': 1 });
    expect(problems.list).toEqual([]);
  });

  test('settings list the saved mapping and remove it; the header must then be mapped again', async () => {
    await page.goto(`${server.url}/shops/${shopId}/settings`);
    const rows = page.locator('[data-testid=saved-mapping]');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['单号、付款日期、实收(元)、商品、状态', '订单', '淘宝/天猫']);
    expect(await rows.first().locator('[data-testid=mapping-fields]').textContent()).toBe(
      '订单号 → 单号、付款时间 → 付款日期、订单状态 → 状态、实付金额 → 实收(元)、商品 → 商品',
    );
    await shot(page, 'saved-mappings-zh.png', true);
    await rows
      .first()
      .getByRole('button', { name: '删除表头「单号、付款日期、实收(元)、商品、状态」的列对应' })
      .click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator('[data-testid=saved-mappings]').textContent()).toContain('还没有保存的列对应。');

    await page.goto(`${server.url}/import?shop=${shopId}`);
    await page.locator('[data-testid=file-input]').setInputFiles([files.late]);
    await mapping().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=preview-message]').textContent()).toContain('没有认出订单或售后表头');
    expect(problems.list).toEqual([]);
  });

  test('the mapping reads in English, at both widths', async () => {
    await context.addCookies([{ name: 'redline_lang', value: 'en', url: server.url }]);
    await page.goto(`${server.url}/import?shop=${shopId}`);
    await page.locator('[data-testid=file-input]').setInputFiles([files.early]);
    await mapping().waitFor({ timeout: 30_000 });
    expect(await mapping().locator('h4').textContent()).toBe('Column mapping');
    expect(await page.locator('[data-field=paidAt] label').textContent()).toBe('Payment timerequired');
    expect(await page.locator('[data-testid=example-paidAt]').textContent()).toBe('e.g. 2026-03-01 09:00:00');
    await page.locator('[data-testid=mapping-kind]').selectOption('afterSales');
    await page.locator('[data-testid=map-status]').selectOption('状态');
    await shots('mapping-en');
    expect(await unlabelledControls(page)).toEqual([]);
    expect(problems.list).toEqual([]);
  });
});
