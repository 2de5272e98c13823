/**
 * Dates no export can hold are row errors: after tomorrow (China time) or before 2000-01-01. They
 * never reach the daily figures, so one order typed as 9999-12-31 cannot make the default view a
 * blank, "ok" day in the year 9999. The clock is frozen at 2024-04-10 12:00 China time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestDay } from '@/lib/db/queries/latestDay';
import { renderMessage } from '@/lib/i18n/importMessages';
import { getShopReport } from '@/lib/report/shopReport';
import { shopByName } from '@/lib/shops/shops';
import { freezeClock } from '@/lib/time/china';
import { freshDb, importPath } from '../helpers/db';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

// Frozen in this thread and, through the environment, in any reader thread the import starts.
const NOW = '2024-04-10T04:00:00Z';
let before: string | undefined;
beforeAll(() => {
  before = process.env.REDLINE_NOW;
  process.env.REDLINE_NOW = NOW;
  freezeClock(NOW);
});
afterAll(() => {
  freezeClock(null);
  if (before === undefined) delete process.env.REDLINE_NOW;
  else process.env.REDLINE_NOW = before;
});

describe('impossible dates', () => {
  it('9999-12-31, 1999-12-31 and the day after tomorrow are row errors; tomorrow is still a day', async () => {
    const dir = tempDir();
    const conn = await freshDb(dir);
    const o = (no: string, paid: string) =>
      row(PDD_ORDER_HEADER, { 订单号: no, 订单成交时间: paid, 订单状态: '已签收' });
    const c = (no: string, order: string, applied: string) =>
      row(PDD_AFTER_SALES_HEADER, { 售后编号: no, 订单编号: order, 申请时间: applied, 售后状态: '平台处理中' });
    const orders = writeFile(
      dir,
      'orders.csv',
      csvText([
        PDD_ORDER_HEADER,
        o('O1', '2024-03-12 10:00:00'),
        o('O2', '9999-12-31 00:00:00'),
        o('O3', '1999-12-31 23:59:59'),
        o('O4', '2024-04-11 23:59:59'), // tomorrow in China: possible (a back end a few hours ahead)
        o('O5', '2024-04-12 00:00:00'), // the day after tomorrow: not
      ]),
    );
    const cases = writeFile(
      dir,
      'after-sales.csv',
      csvText([PDD_AFTER_SALES_HEADER, c('C1', 'O1', '2024-03-20 10:00:00'), c('C2', 'O1', '9999-12-31 00:00:00')]),
    );
    const so = await importPath(conn, orders, { shop: '日期店', platform: 'pdd' });
    expect(so.outcome).toBe('imported');
    expect(so.rowsNew).toBe(2);
    expect(so.errors.map((e) => [e.line, e.message.code])).toEqual([
      [3, 'row.impossible_date'],
      [4, 'row.impossible_date'],
      [6, 'row.impossible_date'],
    ]);
    expect(renderMessage(so.errors[0].message, 'en')).toContain('2024-04-11');
    expect([so.dateFrom, so.dateTo]).toEqual(['2024-03-12', '2024-04-11']);
    const sa = await importPath(conn, cases, { shop: '日期店', platform: 'pdd' });
    expect(sa.errors.map((e) => [e.line, e.message.code])).toEqual([[3, 'row.impossible_date']]);
    const shop = (await shopByName(conn.db, '日期店'))!;
    expect(await latestDay(conn.db, shop.id)).toBe('2024-04-11');
    const r = await getShopReport(conn.db, shop);
    expect(r.to).not.toBe('9999-12-31');
    await conn.db.destroy();
  });
});
