/**
 * Window edges and China midnight, through the real command line in child processes whose
 * TZ is not China's: the server's zone must never move an order to another day.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

function exports(dir: string) {
  const o = (no: string, paid: string) => row(PDD_ORDER_HEADER, { 订单号: no, 订单成交时间: paid, 订单状态: '已签收' });
  const c = (no: string, order: string, applied: string) =>
    row(PDD_AFTER_SALES_HEADER, { 售后编号: no, 订单编号: order, 申请时间: applied, 售后状态: '平台处理中' });
  return [
    writeFile(
      dir,
      'orders.csv',
      csvText([
        PDD_ORDER_HEADER,
        o('O1', '2024-03-01 23:50:00'),
        o('O2', '2024-03-02 00:10:00'),
        o('O3', '2024-03-31 23:50:00'),
        o('O4', '2024-04-01 00:10:00'),
      ]),
    ),
    writeFile(
      dir,
      'after-sales.csv',
      csvText([
        PDD_AFTER_SALES_HEADER,
        c('C1', 'O1', '2024-03-01 23:59:59'),
        c('C2', 'O2', '2024-03-02 00:00:00'),
        c('C3', 'O3', '2024-03-31 23:59:59'),
      ]),
    ),
  ];
}

describe.each(['UTC', 'America/Los_Angeles'])('with the server in TZ=%s', (tz) => {
  it('counts day D-29 and not D-30, and orders at 00:10 and 23:50 China time on their China day', async () => {
    const dir = tempDir();
    const env = { TZ: tz, DATABASE_URL: path.join(dir, 'r.db') };
    const imported = await runCli(['import', '--shop', '边界店', '--json', ...exports(dir)], env);
    expect(imported.status, imported.stderr).toBe(0);
    const lines = imported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.kind, l.rowsNew, l.dateFrom, l.dateTo])).toEqual([
      ['orders', 4, '2024-03-01', '2024-04-01'],
      ['afterSales', 3, '2024-03-01', '2024-03-31'],
    ]);
    const m = await runCli(
      ['metrics', '--shop', '边界店', '--from', '2024-03-30', '--to', '2024-04-01', '--json'],
      env,
    );
    expect(m.status, m.stderr).toBe(0);
    const out = JSON.parse(m.stdout);
    expect(out).toMatchObject({ shop: '边界店', platform: 'pdd' });
    expect(
      out.days.map(({ date, orders30d, interventions30d, rate30d }: Record<string, unknown>) => ({
        date,
        orders30d,
        interventions30d,
        rate30d,
      })),
    ).toEqual([
      // [03-01, 03-30]: O1 and O2, C1 and C2.
      { date: '2024-03-30', orders30d: 2, interventions30d: 2, rate30d: 1 },
      // [03-02, 03-31]: 03-01 23:50 is D-30 and out; 03-02 00:10 is D-29 and in.
      { date: '2024-03-31', orders30d: 2, interventions30d: 2, rate30d: 1 },
      // [03-03, 04-01]: O3 and O4; only C3.
      { date: '2024-04-01', orders30d: 2, interventions30d: 1, rate30d: 0.5 },
    ]);
  });
});
