/**
 * The span a file covers: its rows' days, widened by --covers FROM:TO and by the export time in its
 * name, through the real command line (TZ not China's, clock frozen at 2024-04-14 12:00 China time).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { widenedCoverage } from '@/lib/import/coverage';
import { runCli } from '../helpers/cli';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

describe('widened coverage', () => {
  it('rows 03-02 … 03-30, exported 03-01 … 03-31: covers 03-01 … 03-31; a name stamped 2024-04-02 17:28 reaches 04-01', async () => {
    const rows = { dateFrom: '2024-03-02', dateTo: '2024-03-30' };
    expect(widenedCoverage(rows, 'orders.csv', null)).toBeNull();
    expect(widenedCoverage(rows, 'orders.csv', { from: '2024-03-01', to: '2024-03-31' })).toEqual({
      from: '2024-03-01',
      to: '2024-03-31',
    });
    expect(widenedCoverage(rows, 'ExportOrderDetailList202404021728.csv', null)).toEqual({
      from: '2024-03-02',
      to: '2024-04-01',
    });
    // A stamp in the far future is not a possible export time: ignored.
    expect(widenedCoverage(rows, 'ExportOrderDetailList209904021728.csv', null)).toBeNull();
  });

  it('the command line records it; metrics then completes the days it covers', async () => {
    const dir = tempDir();
    const env = {
      TZ: 'America/Los_Angeles',
      DATABASE_URL: path.join(dir, 'r.db'),
      REDLINE_NOW: '2024-04-14T04:00:00Z',
    };
    const o = (no: string, paid: string) =>
      row(PDD_ORDER_HEADER, { 订单号: no, 订单成交时间: paid, 订单状态: '已签收' });
    const c = (no: string, order: string, applied: string) =>
      row(PDD_AFTER_SALES_HEADER, { 售后编号: no, 订单编号: order, 申请时间: applied, 售后状态: '平台处理中' });
    // Orders only on 03-01 and 03-31; one case on 03-15. Without --covers neither file spans a window.
    const orders = writeFile(
      dir,
      'orders.csv',
      csvText([PDD_ORDER_HEADER, o('O1', '2024-03-01 10:00:00'), o('O2', '2024-03-31 10:00:00')]),
    );
    const cases = writeFile(
      dir,
      'ExportRefundList202404011000.csv',
      csvText([PDD_AFTER_SALES_HEADER, c('C1', 'O1', '2024-03-15 10:00:00')]),
    );
    const bad = await runCli(['import', '--shop', '区间店', '--covers', '2024-03-31:2024-03-01', orders], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--covers');
    const a = await runCli(['import', '--shop', '区间店', '--platform', 'pdd', '--json', orders], env);
    expect(JSON.parse(a.stdout).covers).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    const b = await runCli(
      ['import', '--shop', '区间店', '--platform', 'pdd', '--covers', '2024-03-01:2024-03-20', '--json', cases],
      env,
    );
    // Widened to 03-01 by --covers, and to 03-31 (the day before 04-01 10:00) by the name.
    expect(JSON.parse(b.stdout).covers).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    const m = JSON.parse((await runCli(['metrics', '--shop', '区间店', '--json'], env)).stdout);
    expect(m.coverage.latestCompleteDay).toBe('2024-03-31');
    expect(m.days.at(-1)).toMatchObject({
      date: '2024-03-31',
      complete: true,
      orders30d: 1,
      interventions30d: 1,
      rate30d: 1,
    });
  });
});
