/**
 * A zip of exports through a real server: the upload route imports each file inside (a GBK name in
 * a nested folder, an xlsx) and answers one summary per file; the import page shows each file's
 * result; the settings history lists each file and undoes one after a confirm step, and the
 * figures follow. A password-protected zip is refused as encrypted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jdArchive } from '../helpers/archives';
import { shopIdIn, shopParam } from '../helpers/db';
import { launchBrowser, newContext, type PageProblems, watchPage } from './browser';
import { cliMetrics } from './cli';
import { startServer, type TestServer } from './server';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let zip: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  problems = watchPage(page);
  zip = path.join(server.dir, '20240310.zip');
  fs.writeFileSync(zip, await jdArchive(server.dir));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (server && problems?.list.length) console.error(server.output());
  await server?.stop();
});

interface Summary {
  file: string;
  outcome: string;
  kind: string | null;
  rowsNew: number;
  message: { code: string } | null;
  parts?: Summary[];
}

async function upload(name: string, body: Uint8Array, shop: string) {
  const res = await fetch(
    `${server.url}/api/import?name=${encodeURIComponent(name)}&${shopParam(server.databaseUrl, shop)}&size=${body.length}`,
    { method: 'POST', body: new Blob([body as Uint8Array<ArrayBuffer>]) },
  );
  expect(res.status).toBe(200);
  return (await res.json()) as { summary: Summary; summaries: Summary[] };
}

const march6 = async (shop: string) =>
  (await cliMetrics(server.databaseUrl, shop, { from: '2024-03-06', to: '2024-03-06' })).days[0];

describe.sequential('zip archives of exports', () => {
  test('the upload route imports each file inside, one summary each, and refuses an encrypted zip', async () => {
    const r = await upload('20240310.zip', fs.readFileSync(zip), '京店');
    expect(r.summaries.map((s) => [s.file, s.outcome, s.kind, s.rowsNew])).toEqual([
      ['20240310.zip/京东/2024年3月/订单明细.csv', 'imported', 'orders', 4],
      ['20240310.zip/京东/售后服务单.xlsx', 'imported', 'afterSales', 2],
    ]);
    // The one summary the page reads adds them up, each file in parts.
    expect(r.summary).toMatchObject({ file: '20240310.zip', outcome: 'imported', kind: null, rowsNew: 6 });
    expect(r.summary.parts?.map((p) => p.file)).toEqual(r.summaries.map((s) => s.file));
    expect(await march6('京店')).toMatchObject({ orders30d: 4, interventions30d: 1, rate30d: 0.25 });

    const writer = new ZipWriter(new Uint8ArrayWriter(), { password: 'jd-2024' });
    await writer.add('12345678.csv', new TextReader('订单号\r\n1\r\n'));
    const locked = await upload('locked.zip', await writer.close(), '京店');
    expect(locked.summaries).toHaveLength(1);
    expect([locked.summary.outcome, locked.summary.message?.code]).toEqual(['rejected', 'file.encrypted']);
    expect(await march6('京店')).toMatchObject({ orders30d: 4, interventions30d: 1 });
  });

  test('the page shows each file of an archive; settings list them and undo one after a confirm step', async () => {
    await page.goto(`${server.url}/import`);
    const newShop = page.getByLabel('新店铺', { exact: true });
    if (await newShop.count()) await newShop.check();
    await page.getByLabel('新店铺名称').fill('京店二');
    await page.locator('[data-testid=file-input]').setInputFiles([zip]);
    await expect.poll(() => page.locator('[data-testid=file-card]').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: '开始导入' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: '开始导入' }).click();
    const parts = page.locator('[data-testid=archive-part]');
    await expect.poll(() => parts.count(), { timeout: 60_000 }).toBe(2);
    expect(await parts.locator('.file-name').allTextContents()).toEqual([
      '20240310.zip/京东/2024年3月/订单明细.csv',
      '20240310.zip/京东/售后服务单.xlsx',
    ]);
    expect(await parts.locator('[data-testid=result]').evaluateAll((els) => els.map((e) => e.dataset.outcome))).toEqual(
      ['imported', 'imported'],
    );
    expect(await parts.locator('[data-testid=rows-new]').allTextContents()).toEqual(['4', '2']);

    await page.goto(`${server.url}/shops/${shopIdIn(server.databaseUrl, '京店二')}/settings`);
    const rows = page.locator('[data-testid=history-row]');
    expect(await rows.locator('td:first-child').allTextContents()).toEqual([
      '20240310.zip/京东/售后服务单.xlsx',
      '20240310.zip/京东/2024年3月/订单明细.csv',
    ]);
    const cases = rows.filter({ hasText: '售后服务单.xlsx' });
    await cases.getByTestId('undo-import').click();
    await expect
      .poll(() => cases.getByRole('alert').textContent())
      .toContain('撤销导入「20240310.zip/京东/售后服务单.xlsx」？');
    await cases.getByTestId('undo-confirm').click();
    await expect.poll(() => cases.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('undone');
    expect(await cases.textContent()).toContain('已撤销');
    expect(await cases.getByTestId('undo-import').count()).toBe(0);
    // The cases are gone with their export, the orders stay: the interventions are no longer known.
    expect(await march6('京店二')).toMatchObject({ orders30d: 4, interventions30d: null, rate30d: null });
    expect(await rows.filter({ hasText: '订单明细.csv' }).getAttribute('data-outcome')).toBe('imported');
    expect(problems.list).toEqual([]);
  });
});
