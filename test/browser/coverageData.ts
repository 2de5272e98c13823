/**
 * The two shops of the coverage browser test, as exports sent through the command line's import
 * (its main, in this process), and what the dashboard of its orders-only shop must say. The
 * figures they make are worked out in coverage.test.ts.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { runCli } from '../helpers/cli';
import {
  DOUYIN_AFTER_SALES_HEADER,
  DOUYIN_ORDER_HEADER,
  PDD_AFTER_SALES_HEADER,
  PDD_ORDER_HEADER,
  row,
} from '../helpers/exports';
import { csvText, writeFile } from '../helpers/files';
import { parseCsv } from './cli';

const day = (d: string, n: number) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

function pddFiles(dir: string): string[] {
  const orders: string[][] = [PDD_ORDER_HEADER];
  // 50 paid orders a day 02-01 … 03-31, and 2 more on 03-31: 1,502 in 03-02 … 03-31.
  for (let d = '2024-02-01'; d <= '2024-03-31'; d = day(d, 1)) {
    const n = d === '2024-03-31' ? 52 : 50;
    for (let i = 0; i < n; i++)
      orders.push(row(PDD_ORDER_HEADER, { 订单号: `${d}-${i}`, 订单成交时间: `${d} 10:00:00`, 订单状态: '已签收' }));
  }
  const cases: string[][] = [PDD_AFTER_SALES_HEADER];
  const c = (no: string, order: string, applied: string, status: string) =>
    row(PDD_AFTER_SALES_HEADER, { 售后编号: no, 订单编号: order, 申请时间: applied, 售后状态: status });
  cases.push(c('S0', '2024-02-01-0', '2024-02-01 09:00:00', '退款成功'));
  // Two intervention orders a day 03-02 … 03-31: 60.
  for (let d = '2024-03-02'; d <= '2024-03-31'; d = day(d, 1))
    for (let i = 0; i < 2; i++) cases.push(c(`I-${d}-${i}`, `${d}-${i}`, `${d} 11:00:00`, '平台处理中'));
  // After the orders end: one more intervention, and a case on 04-13 (the export's last day).
  cases.push(c('L1', '2024-03-30-5', '2024-04-05 11:00:00', '平台处理中'));
  cases.push(c('L2', '2024-03-30-6', '2024-04-13 11:00:00', '退款成功'));
  return [writeFile(dir, 'pdd-orders.csv', csvText(orders)), writeFile(dir, 'pdd-after-sales.csv', csvText(cases))];
}

function douyinFiles(dir: string): string[] {
  const orders: string[][] = [DOUYIN_ORDER_HEADER];
  const o = (no: string, paid: string) =>
    row(
      DOUYIN_ORDER_HEADER,
      {
        主订单编号: no,
        子订单编号: `${no}-1`,
        支付完成时间: paid,
        订单提交时间: paid,
        订单状态: '已完成',
        选购商品: '商品',
      },
      '-',
    );
  for (let i = 0; i < 10; i++) orders.push(o(`D0301-${i}`, '2024-03-01 10:00:00'));
  // 03-02 … 03-31: 13 a day for 25 days, 12 for the last 5: 385.
  let k = 0;
  for (let d = '2024-03-02'; d <= '2024-03-31'; d = day(d, 1), k++)
    for (let i = 0; i < (k < 25 ? 13 : 12); i++) orders.push(o(`D${d}-${i}`, `${d} 10:00:00`));
  const cases: string[][] = [DOUYIN_AFTER_SALES_HEADER];
  const c = (no: string, order: string, applied: string, arb: string) =>
    row(
      DOUYIN_AFTER_SALES_HEADER,
      { 售后单号: no, 订单号: order, 售后申请时间: applied, 仲裁状态: arb, 售后状态: '退款成功', 售后类型: '仅退款' },
      '-',
    );
  cases.push(c('A0', 'D0301-0', '2024-03-01 12:00:00', '无仲裁记录'));
  // 17 orders with a case in the window, 2 of them escalated.
  for (let i = 0; i < 17; i++)
    cases.push(
      c(
        `A${i + 1}`,
        `D2024-03-${String(10 + i).padStart(2, '0')}-0`,
        `2024-03-${String(10 + i).padStart(2, '0')} 12:00:00`,
        i < 2 ? '仲裁中' : '无仲裁记录',
      ),
    );
  // A second case of an order already counted: the export runs to 03-31, the 17 stay 17.
  cases.push(c('A99', 'D2024-03-10-0', '2024-03-31 20:00:00', '无仲裁记录'));
  return [
    writeFile(dir, 'douyin-orders.csv', csvText(orders)),
    writeFile(dir, 'douyin-after-sales.csv', csvText(cases)),
  ];
}

/** 错位店 (PDD) and 抖店求助 (Douyin), imported into the database `env` names. */
export async function importCoverageShops(dir: string, env: Record<string, string>): Promise<void> {
  for (const [shop, platform, files] of [
    ['错位店', 'pdd', pddFiles(dir)],
    ['抖店求助', 'douyin', douyinFiles(dir)],
  ] as const) {
    const r = await runCli(['import', '--shop', shop, '--platform', platform, '--json', ...files], env);
    expect(r.status, r.stderr + r.stdout).toBe(0);
  }
}

/**
 * The dashboard (zh) of a shop with orders 03-01 … 03-31 (two of them) and no after-sales export,
 * open on its last 30 days: its interventions are known only from an after-sales export, so nowhere
 * a 0 for them and nowhere "none", in the page and in its daily CSV.
 */
export async function expectInterventionsUnknown(page: Page, url: string) {
  expect(await page.getByTestId('rate-chart').getByTestId('chart-notice').textContent()).toBe(
    '2024-03-02…2024-03-31：窗口里没有一天有售后导出，介入订单数和介入率无法得知。',
  );
  expect(await page.getByTestId('count-chart').getByTestId('chart-notice').textContent()).toBe(
    '2024-03-02…2024-03-31：窗口里没有一天有售后导出，介入订单数无法得知。',
  );
  const countCells = await page.getByTestId('count-chart').locator('tbody tr').last().locator('td').allTextContents();
  expect(countCells.slice(-2)).toEqual(['—', '—']);
  expect(await page.getByTestId('drivers-unknown').textContent()).toBe(
    '无法得知：2024-03-02 至 2024-03-31 没有一天有售后导出，介入订单只能从售后导出得知。请导入这段时间的售后导出。',
  );
  expect(await page.getByTestId('orders-table').textContent()).toContain('无法得知');
  expect(await page.getByTestId('open-cases').textContent()).toContain('无法得知：还没有导入售后导出。');
  expect(await page.getByTestId('rolloff').textContent()).toContain('订单和售后导出都覆盖一个完整窗口后才能显示。');
  expect(await page.locator('main').textContent()).not.toMatch(/没有介入订单|0\.00%/);
  const shopId = /\/shops\/(\d+)$/.exec(page.url())![1];
  const csv = parseCsv(await (await page.request.get(`${url}/api/shops/${shopId}/daily`)).text());
  const last = Object.fromEntries(csv[0].map((h, i) => [h, csv.at(-1)![i]]));
  // 03-31: 2 orders in its window, none paid that day; its interventions not known.
  expect([
    last.日期,
    last.近30天订单数,
    last.近30天介入订单数,
    last.近30天介入率,
    last['近30天介入率（%）'],
    last.连续超线天数,
    ...csv.at(-1)!.slice(-2),
  ]).toEqual(['2024-03-31', '2', '', '', '', '', '0', '']);
  // The shared report says there is no verdict, and does not tell its reader (a boss, an agency) to import.
  const made = await page.request.post(`${url}/api/shares`, { data: { shopId: Number(shopId), days: 30 } });
  expect(made.status()).toBe(201);
  await page.goto((await made.json()).url);
  expect(await page.getByTestId('no-verdict').textContent()).toBe('数据不完整，不给结论。');
  expect(await page.getByTestId('card-rate').textContent()).toBe('—');
}
