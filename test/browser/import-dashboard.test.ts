import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { downloadText, launchBrowser, newContext, type PageProblems, unlabelledControls, watchPage } from './browser';
import { cliMetrics, cliRate, parseCsv } from './cli';
import { douyinExports, pddExports, taobaoExports, writeBytes } from './exports';
import { startServer, type TestServer } from './server';
import { shot } from './shots';

/** The status column of a Chinese file says it in Chinese, as the dashboard does. */
const ZH_STATUS: Record<string, string> = {
  ok: '正常',
  watch: '关注',
  over: '超线',
  breach: '处罚中',
  unknown: '无法判断',
};

const zhInt = (n: number) => new Intl.NumberFormat('zh-CN').format(n);
const enInt = (n: number) => new Intl.NumberFormat('en-US').format(n);

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

afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (server && problems?.list.length) console.error(server.output());
  await server?.stop();
});

/** Picks the files on the import page, waits for every preview, imports, and returns the result cards. */
async function importThroughPage(files: string[], shopName: string, opts: { screenshot?: string } = {}) {
  await page.goto(`${server.url}/import`);
  const newShop = page.getByLabel('新店铺', { exact: true });
  if (await newShop.count()) await newShop.check();
  await page.getByLabel('新店铺名称').fill(shopName);
  await page.locator('[data-testid=file-input]').setInputFiles(files);
  const cards = page.locator('[data-testid=file-card]');
  await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(files.length);
  // Every file's detection is shown before anything is imported.
  await expect
    .poll(
      async () =>
        (await page.locator('[data-testid=preview-kind]').allTextContents()).every((k) => k === '订单' || k === '售后'),
      { timeout: 30_000 },
    )
    .toBe(true);
  if (opts.screenshot) await shot(page, opts.screenshot, true);
  expect(await unlabelledControls(page)).toEqual([]);
  // Each preview field stays in its column: the platform select ("自动识别：拼多多") is not wider.
  const spill = await page
    .locator('[data-testid=file-card] dl > div')
    .evaluateAll((cells) =>
      cells
        .filter((c) =>
          Array.from(c.querySelectorAll('*')).some(
            (e) => e.getBoundingClientRect().right > c.getBoundingClientRect().right + 1,
          ),
        )
        .map((c) => c.textContent),
    );
  expect(spill).toEqual([]);
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect.poll(() => page.locator('[data-testid=result]').count(), { timeout: 120_000 }).toBe(files.length);
  const results: Record<string, { outcome: string; rows: string }> = {};
  for (const card of await cards.all()) {
    const name = (await card.getAttribute('data-file')) ?? '';
    results[name] = {
      outcome: (await card.locator('[data-testid=result]').getAttribute('data-outcome')) ?? '',
      rows: (await card.locator('[data-testid=rows-read]').textContent()) ?? '',
    };
  }
  return results;
}

/** The headline cards against the command line's latest day. */
async function expectHeadline(shop: string, lang: 'zh' | 'en') {
  const { days } = await cliMetrics(server.databaseUrl, shop);
  const latest = days.at(-1)!;
  const int = lang === 'zh' ? zhInt : enInt;
  await expect
    .poll(() => page.locator('[data-testid=headline]').getAttribute('data-date'), { timeout: 15_000 })
    .toBe(latest.date);
  // The big number is the main rule's own figure (over its own base), as the command line gives it.
  expect(await page.locator('[data-testid=card-rate]').textContent()).toBe(cliRate(latest.baseRate30d ?? null));
  expect(await page.locator('[data-testid=card-count]').textContent()).toBe(int(latest.interventions30d));
  expect(await page.locator('[data-testid=card-orders]').textContent()).toBe(int(latest.base30d ?? latest.orders30d));
  expect(await page.locator('[data-testid=card-status] [data-status]').getAttribute('data-status')).toBe(latest.status);
  // "3" under this title is how many more put the shop over (not how many it can take: that is 2).
  expect(await page.locator('.card:has([data-testid=card-headroom]) .card-label').textContent()).toBe(
    lang === 'zh' ? '距超线' : 'To the line',
  );
  return latest;
}

async function openDashboard(shop: string) {
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: `查看 ${shop} 的看板` }).click();
  await page.waitForURL(/\/shops\/\d+$/);
  await page.locator('[data-testid=card-rate]').waitFor();
}

describe.sequential('import and dashboard', () => {
  test('PDD exports (CSV orders, xlsx after-sales with a notice row) import through the page; the dashboard shows the CLI figures', async () => {
    const set = await pddExports(server.dir, { lastDay: '2026-03-31', days: 120, seed: 11, ordersPerDay: 40 });
    const results = await importThroughPage(set.files, '拼多多测试店', { screenshot: 'import-preview.png' });
    for (const [file, rows] of Object.entries(set.rows)) {
      expect(results[file]).toEqual({ outcome: 'imported', rows: zhInt(rows) });
    }
    await shot(page, 'import-results.png', true);
    await page.locator('[data-testid=to-dashboard]').click();
    await page.waitForURL(/\/shops\/\d+$/);
    await page.locator('[data-testid=card-rate]').waitFor();
    const latest = await expectHeadline('拼多多测试店', 'zh');
    // PDD's rule needs both lines crossed: the count card says so beside its own line.
    expect(await page.getByTestId('card-count-line').textContent()).toBe('阈值 10 · 与介入率阈值同时达到才算超线');
    expect(latest.interventions30d).toBeGreaterThan(0);
    // The screenshot once both charts have drawn their 30-day line and the fonts are in.
    await page.locator('[data-testid=rate-chart] .recharts-line-curve').first().waitFor();
    await page.locator('[data-testid=count-chart] .recharts-line-curve').first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(page, 'dashboard-zh.png', true);
    // The chart's table view holds the same latest figures.
    const rateChart = page.locator('[data-testid=rate-chart]');
    await rateChart.getByRole('button', { name: '表格视图' }).click();
    const row = rateChart.locator(`[data-testid=daily-table] tr[data-date="${latest.date}"] td`);
    expect((await row.allTextContents()).slice(0, 4)).toEqual([
      latest.date,
      cliRate(latest.rate30d),
      zhInt(latest.interventions30d),
      zhInt(latest.orders30d),
    ]);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(problems.list).toEqual([]);
  });

  test('switching to English keeps the figures, and the choice survives a reload', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('en-US');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toContain('risk dashboard');
    await expectHeadline('拼多多测试店', 'en');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('en-US');
    await expectHeadline('拼多多测试店', 'en');
    await shot(page, 'dashboard-en.png', true);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('zh-CN');
    await expectHeadline('拼多多测试店', 'zh');
    expect(problems.list).toEqual([]);
  });

  test('the daily CSV holds exactly the days and figures of the command line, its words in Chinese', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=daily-csv]').click(),
    ]);
    const rows = parseCsv(await downloadText(download));
    expect(rows[0].slice(0, 5)).toEqual(['店铺', '日期', '近30天订单数', '近30天介入订单数', '近30天介入率']);
    const { days } = await cliMetrics(server.databaseUrl, '拼多多测试店');
    const status = rows[0].indexOf('状态');
    const pct = rows[0].indexOf('近30天介入率（%）');
    expect(
      rows.slice(1).map((r) => [r[1], Number(r[2]), Number(r[3]), r[4] === '' ? null : Number(r[4]), r[status]]),
    ).toEqual(days.map((d) => [d.date, d.orders30d, d.interventions30d, d.rate30d, ZH_STATUS[String(d.status)]]));
    // The percentage column is the one formatter's, from the exact ratio.
    expect(rows.slice(1).map((r) => r[pct])).toEqual(days.map((d) => cliRate(d.rate30d)));
    expect(problems.list).toEqual([]);
  });

  test('Taobao GBK exports import through the page; the dashboard and a 30-day preset match the CLI', async () => {
    const set = taobaoExports(server.dir, { lastDay: '2026-02-28', days: 90, seed: 22, ordersPerDay: 30 });
    const results = await importThroughPage(set.files, '淘宝测试店');
    for (const [file, rows] of Object.entries(set.rows))
      expect(results[file]).toEqual({ outcome: 'imported', rows: zhInt(rows) });
    await openDashboard('淘宝测试店');
    await expectHeadline('淘宝测试店', 'zh');
    await page.locator('[data-testid=preset-30]').click();
    await page.waitForURL(/days=30/);
    await expectHeadline('淘宝测试店', 'zh');
    // The 30-day range's table has 30 days.
    await expect.poll(() => page.locator('[data-testid=daily-table] tbody tr').count(), { timeout: 15_000 }).toBe(30);
    await shot(page, 'dashboard-taobao-30.png', true);
    expect(problems.list).toEqual([]);
  });

  test('a new shop takes its first file’s platform: a file of another platform is flagged before anything is sent', async () => {
    const pdd = await pddExports(server.dir, { lastDay: '2026-03-31', days: 10, seed: 44, ordersPerDay: 2 });
    const tb = taobaoExports(server.dir, { lastDay: '2026-02-28', days: 10, seed: 45, ordersPerDay: 2 });
    await page.goto(`${server.url}/import`);
    await page.getByLabel('新店铺', { exact: true }).check();
    await page.getByLabel('新店铺名称').fill('混合店');
    await page.locator('[data-testid=file-input]').setInputFiles([pdd.files[0], tb.files[0]]);
    await expect.poll(() => page.locator('[data-testid=preview-kind]').count(), { timeout: 30_000 }).toBe(2);
    const flagged = page.locator('[data-testid=file-card]', { has: page.getByTestId('new-shop-mismatch') });
    await expect.poll(() => flagged.getAttribute('data-file'), { timeout: 30_000 }).toBe(path.basename(tb.files[0]));
    expect(await flagged.getByTestId('new-shop-mismatch').textContent()).toContain(
      '这个文件是淘宝/天猫的导出，而新店铺「混合店」按第一个文件会是拼多多店铺',
    );
    expect(problems.list).toEqual([]);
  });

  test('Douyin exports (UTF-8 with BOM) import into a shop whose name starts with "="; the CSV escapes it', async () => {
    const set = douyinExports(server.dir, { lastDay: '2026-04-15', days: 60, seed: 33, ordersPerDay: 25 });
    const results = await importThroughPage(set.files, '=抖店测试');
    for (const [file, rows] of Object.entries(set.rows))
      expect(results[file]).toEqual({ outcome: 'imported', rows: zhInt(rows) });
    await page.locator('[data-testid=to-dashboard]').click();
    await page.waitForURL(/\/shops\/\d+$/);
    await page.locator('[data-testid=card-rate]').waitFor();
    await expectHeadline('=抖店测试', 'zh');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=daily-csv]').click(),
    ]);
    const rows = parseCsv(await downloadText(download));
    expect(rows.slice(1).every((r) => r[0] === "'=抖店测试")).toBe(true);
    const { days } = await cliMetrics(server.databaseUrl, '=抖店测试');
    expect(rows.at(-1)?.slice(1, 5)).toEqual([
      days.at(-1)!.date,
      String(days.at(-1)!.orders30d),
      String(days.at(-1)!.interventions30d),
      String(days.at(-1)!.rate30d ?? ''),
    ]);
    expect(problems.list).toEqual([]);
  });

  test('a file that is no export shows its message, before and after importing, and stores nothing; row errors are listed and download as CSV', async () => {
    const bad = writeBytes(server.dir, '客户名单.csv', '姓名,电话,地址\r\n张三,13800000000,北京\r\n');
    await page.goto(`${server.url}/import`);
    await page.getByLabel('新店铺', { exact: true }).check();
    await page.locator('[data-testid=file-input]').setInputFiles([bad]);
    const message = page.locator('[data-testid=preview-message]');
    await expect
      .poll(() => message.textContent(), { timeout: 15_000 })
      .toContain('文件「客户名单.csv」前 30 行里没有认出订单或售后表头。找到的 3 列：姓名、电话、地址');
    await page.getByRole('button', { name: '开始导入' }).click();
    const result = page.locator('[data-testid=result-message]');
    await expect
      .poll(() => result.textContent(), { timeout: 15_000 })
      .toContain('文件「客户名单.csv」前 30 行里没有认出订单或售后表头。找到的 3 列：姓名、电话、地址');
    expect(await page.locator('[data-testid=result]').getAttribute('data-outcome')).toBe('rejected');

    // A file with one bad row: imported, the row error listed and downloadable.
    const oneBad = writeBytes(
      server.dir,
      '抖店订单-有错.csv',
      '\uFEFF主订单编号,子订单编号,选购商品,商品金额,订单提交时间,支付完成时间,订单状态\r\n' +
        '9001,90011,杯子,10.00,2026-04-01 10:00:00,2026-04-01 10:01:00,已完成\r\n' +
        '9002,90021,杯子,10.00,2026-04-02 10:00:00,昨天下午,已完成\r\n',
    );
    await page.goto(`${server.url}/import`);
    await page.getByLabel('已有店铺').check();
    await page.getByLabel('选择店铺').selectOption({ label: '=抖店测试 · 抖店' });
    await page.locator('[data-testid=file-input]').setInputFiles([oneBad]);
    await expect.poll(() => page.locator('[data-testid=preview-kind]').textContent(), { timeout: 15_000 }).toBe('订单');
    await page.getByRole('button', { name: '开始导入' }).click();
    await expect
      .poll(() => page.locator('[data-testid=result]').getAttribute('data-outcome'), { timeout: 30_000 })
      .toBe('imported');
    expect(await page.locator('[data-testid=rows-skipped]').textContent()).toBe('1');
    expect(await page.locator('[data-testid=row-errors] tbody td').allTextContents()).toEqual([
      '3',
      '支付完成时间',
      '「支付完成时间」列的值「昨天下午」不是日期时间（应为 2024-01-01 12:00:00 这样的格式）。',
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=errors-csv]').click(),
    ]);
    expect(parseCsv(await downloadText(download))).toEqual([
      ['文件', '行号', '列', '代码', '说明'],
      [
        '抖店订单-有错.csv',
        '3',
        '支付完成时间',
        'row.bad_date',
        '「支付完成时间」列的值「昨天下午」不是日期时间（应为 2024-01-01 12:00:00 这样的格式）。',
      ],
    ]);
    await page.goto(`${server.url}/`);
    expect(await page.locator('tr[data-shop]').count()).toBe(3);
    await shot(page, 'home.png', true);
    expect(problems.list).toEqual([]);
  });
});
