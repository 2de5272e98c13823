/**
 * No verdict without the data behind it. Coverage is the union of each imported file's span per
 * kind; a day is complete when D-29 … D lies inside both kinds' coverage. Hand-worked numbers:
 * 10 paid orders a day, one intervention on 03-02 and one on 04-05.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { saveShopRuleRows } from '@/lib/db/queries/saveShopRuleRows';
import { setImportCoverage } from '@/lib/db/queries/setImportCoverage';
import { coveredThroughFromFileName } from '@/lib/import/exportTime';
import { isDayComplete, latestCompleteDay, missingCoverage, unionSpans, windowMeets } from '@/lib/metrics/coverage';
import { applyRuleChange, resolveShopRules, ruleRow } from '@/lib/rules/shopRules';
import { reportOf } from '../helpers/db';
import { openDb, seedShop, tempDb } from './fixture';

describe('coverage as intervals', () => {
  it('union joins overlapping and touching spans, and keeps a gap', () => {
    expect(
      unionSpans([
        { from: '2024-03-10', to: '2024-03-31' },
        { from: '2024-02-01', to: '2024-03-09' },
        { from: '2024-04-05', to: '2024-04-10' },
      ]),
    ).toEqual([
      { from: '2024-02-01', to: '2024-03-31' },
      { from: '2024-04-05', to: '2024-04-10' },
    ]);
    // Clipped: a span reaching 9999 stops at the latest possible day.
    expect(unionSpans([{ from: '1900-01-01', to: '9999-12-31' }], '2024-04-11')).toEqual([
      { from: '2000-01-01', to: '2024-04-11' },
    ]);
  });

  it('complete and incomplete windows at both ends of a coverage gap', () => {
    // Orders 02-01 … 03-31 and 04-05 … 05-31; after-sales 02-01 … 05-31.
    const c = {
      orders: [
        { from: '2024-02-01', to: '2024-03-31' },
        { from: '2024-04-05', to: '2024-05-31' },
      ],
      afterSales: [{ from: '2024-02-01', to: '2024-05-31' }],
    };
    expect(isDayComplete(c, '2024-03-01')).toBe(true); // 02-01 … 03-01: the first complete day
    expect(isDayComplete(c, '2024-02-29')).toBe(false); // reaches 01-31
    expect(isDayComplete(c, '2024-03-31')).toBe(true); // last day before the gap
    expect(isDayComplete(c, '2024-04-01')).toBe(false); // the gap's first day is in its window
    expect(isDayComplete(c, '2024-05-03')).toBe(false); // 04-04 … 05-03: 04-04 is in the gap
    expect(isDayComplete(c, '2024-05-04')).toBe(true); // 04-05 … 05-04: after the gap
    expect(latestCompleteDay(c)).toBe('2024-05-31');
  });

  it('one kind only: no complete day, and it says what to import', () => {
    const ordersOnly = { orders: [{ from: '2024-02-01', to: '2024-03-31' }], afterSales: [] };
    expect(latestCompleteDay(ordersOnly)).toBeNull();
    expect(missingCoverage(ordersOnly)).toEqual([{ kind: 'afterSales', from: '2024-02-01', to: '2024-03-31' }]);
    const casesOnly = { orders: [], afterSales: [{ from: '2024-03-20', to: '2024-04-13' }] };
    // Less than a window: the target stretches back to 30 days ending 04-13.
    expect(missingCoverage(casesOnly)).toEqual([
      { kind: 'orders', from: '2024-03-15', to: '2024-04-13' },
      { kind: 'afterSales', from: '2024-03-15', to: '2024-03-19' },
    ]);
  });

  it('a file name with the export time covers up to the day before it', () => {
    expect(coveredThroughFromFileName('ExportOrderDetailList202210201728.csv')).toBe('2022-10-19');
    expect(coveredThroughFromFileName('ExportOrderList202213011728.csv')).toBeNull(); // month 13
    expect(coveredThroughFromFileName('orders.csv')).toBeNull();
  });
});

describe('the report on a shop whose after-sales export runs past its orders', () => {
  let conn: Connection;
  beforeAll(async () => {
    conn = await openDb(tempDb().file);
    // Orders 02-01 … 03-31 (10 a day); after-sales export 02-01 … 04-13. Interventions 03-02 and 04-05.
    const shopId = await seedShop(conn, {
      name: '错位店',
      platform: 'pdd',
      from: '2024-02-01',
      to: '2024-03-31',
      perDay: 10,
      cases: [
        { caseNo: 'A', orderNo: '2024-03-01#0', applied: '2024-03-02' },
        { caseNo: 'B', orderNo: '2024-03-02#0', applied: '2024-04-05' },
      ],
      afterSalesCover: { from: '2024-02-01', to: '2024-04-13' },
    });
    // Count ≥ 2 alone: 04-09's window (03-11 … 04-09) on nine days without orders would have 1 of 210 … and
    // with the count line at 1, an "over" there would be false. Count 1, no rate.
    const rules = applyRuleChange(resolveShopRules('pdd', []), 'pdd-intervention', {
      rate: null,
      count: 1,
      sustainDays: 1,
    });
    await saveShopRuleRows(
      conn.db,
      rules.map((r) => ruleRow(shopId, r, '2024-04-14 08:00:00')),
    );
  });
  afterAll(async () => {
    await conn.db.destroy();
  });

  it('headlines 03-31, the last day the orders cover; later days are partial and unknown', async () => {
    const now = new Date('2024-04-14T04:00:00Z');
    const r = (await reportOf(conn, '错位店', { now, partialTail: true }))!;
    expect(r.coverage).toEqual({
      orders: [{ from: '2024-02-01', to: '2024-03-31' }],
      afterSales: [{ from: '2024-02-01', to: '2024-04-13' }],
      latestCompleteDay: '2024-03-31',
    });
    expect(r.to).toBe('2024-03-31');
    expect(r.headlineDay).toBe('2024-03-31');
    const at = (d: string) => r.days.find((x) => x.date === d)!;
    // 03-31: 03-02 … 03-31, 300 orders, A: 1 ≥ 1: over (K = 1 → breach).
    expect(at('2024-03-31')).toMatchObject({ complete: true, orders30d: 300, interventions30d: 1, status: 'breach' });
    // 03-01: 02-01 … 03-01, complete, nothing yet.
    expect(at('2024-03-01')).toMatchObject({ complete: true, interventions30d: 0, status: 'ok' });
    expect(at('2024-02-29')).toMatchObject({ complete: false, status: 'unknown' });
    // 04-09: 03-11 … 04-09 holds nine days without orders: 210 orders, B: partial, no verdict.
    expect(at('2024-04-09')).toMatchObject({
      complete: false,
      orders30d: 210,
      interventions30d: 1,
      status: 'unknown',
      streak: 0,
    });
    expect(r.days.at(-1)!.date).toBe('2024-04-13');
    // Staleness: 03-31 is 14 days before 04-14.
    expect(r.stale).toEqual({ day: '2024-03-31', daysOld: 14 });
    // The range opens on 01-02 (90 days): windows ending before 02-01 hold no day of the after-sales
    // export, so their interventions are not known; from 02-01 on they are, if partly.
    expect(r.days[0].date).toBe('2024-01-02');
    expect(r.days.filter((d) => d.interventions30d === null).map((d) => d.date)).toEqual(
      r.days.filter((d) => d.date < '2024-02-01').map((d) => d.date),
    );
    expect(at('2024-01-31')).toMatchObject({ interventions30d: null, rate30d: null });
    expect(at('2024-02-01')).toMatchObject({ interventions30d: 0, rate30d: 0 });
    expect(r.drivers).toMatchObject({ known: true, partial: false, total: 1 });
    // A window the after-sales export covers only in part (01-17 … 02-15; it begins 02-01): what is
    // listed is the least there is, and the drivers say so.
    const early = (await reportOf(conn, '错位店', { now, to: '2024-02-15' }))!;
    expect(early.drivers).toMatchObject({
      window: { from: '2024-01-17', to: '2024-02-15' },
      known: true,
      partial: true,
    });
    // The headroom, safety and forecast are 03-31's.
    expect(r.headroom).toBe(0);
    expect(r.forecast[0].date).toBe('2024-04-01');
  });

  it('orders-only and after-sales-only shops get no verdict and are told what to import', async () => {
    const c2 = await openDb(tempDb().file);
    try {
      await seedShop(c2, {
        name: '只有订单',
        platform: 'pdd',
        from: '2024-02-01',
        to: '2024-03-31',
        perDay: 8,
        cases: [],
        afterSalesCover: null,
      });
      const o = (await reportOf(c2, '只有订单', { now: new Date('2024-04-01T04:00:00Z') }))!;
      expect(o.coverage.latestCompleteDay).toBeNull();
      expect(o.headlineDay).toBeNull();
      expect(o.days.every((d) => d.status === 'unknown' && !d.complete)).toBe(true);
      expect(o.headroom).toBeNull();
      expect(o.missing).toEqual([{ kind: 'afterSales', from: '2024-02-01', to: '2024-03-31' }]);
      // Interventions are read only from an after-sales export: without one they are not known, not 0.
      // The orders are: 03-31's window 03-02 … 03-31 holds 30 × 8 = 240.
      expect(o.days.at(-1)).toMatchObject({
        date: '2024-03-31',
        orders30d: 240,
        interventions30d: null,
        rate30d: null,
        ruleCount30d: null,
        base30d: 240,
        baseRate30d: null,
      });
      expect(o.days.every((d) => d.interventions30d === null && d.rate30d === null)).toBe(true);
      expect(o.daily.find((d) => d.day === '2024-03-31')).toEqual({
        day: '2024-03-31',
        orders: 8,
        interventions: null,
      });
      expect(o.drivers).toMatchObject({ known: false, window: { from: '2024-03-02', to: '2024-03-31' }, total: 0 });

      // 57 interventions and no order export: never "ok".
      const cases = Array.from({ length: 57 }, (_, i) => ({
        caseNo: `K${i}`,
        orderNo: `X${i}`,
        applied: '2024-03-20',
      }));
      await seedShop(c2, {
        name: '只有售后',
        platform: 'pdd',
        from: '2024-03-01',
        to: '2024-02-28',
        perDay: 0,
        cases,
        ordersCover: null,
        afterSalesCover: { from: '2024-03-01', to: '2024-03-31' },
      });
      const a = (await reportOf(c2, '只有售后', { now: new Date('2024-04-01T04:00:00Z') }))!;
      // Its orders are not known (not 0), so neither is any rate.
      expect(a.days.at(-1)).toMatchObject({
        interventions30d: 57,
        orders30d: null,
        rate30d: null,
        base30d: null,
        baseRate30d: null,
        status: 'unknown',
      });
      expect(a.daily.at(-1)).toMatchObject({ orders: null, interventions: 0 });
      expect(a.missing).toEqual([{ kind: 'orders', from: '2024-03-01', to: '2024-03-31' }]);
    } finally {
      await c2.db.destroy();
    }
  });

  it('widening an import (the merchant says it covers to 04-13) makes 04-13 the latest complete day', async () => {
    const id = (await conn.db.selectFrom('imports').select('id').where('kind', '=', 'orders').executeTakeFirstOrThrow())
      .id;
    await setImportCoverage(conn.db, id, '2024-02-01', '2024-04-13');
    const r = (await reportOf(conn, '错位店', { now: new Date('2024-04-14T04:00:00Z') }))!;
    expect(r.coverage.latestCompleteDay).toBe('2024-04-13');
    // 03-15 … 04-13: 170 orders, B only; complete now (the days without orders really had none).
    expect(r.days.at(-1)).toMatchObject({
      date: '2024-04-13',
      complete: true,
      orders30d: 170,
      interventions30d: 1,
      status: 'breach',
    });
    expect(r.stale).toBeNull();
    await setImportCoverage(conn.db, id, '2024-02-01', '2024-03-31');
  });
});

describe('which windows know their interventions', () => {
  it('a window meeting an after-sales span on one day knows them (partly); one before it does not', () => {
    const c = {
      orders: [{ from: '2024-01-01', to: '2024-06-30' }],
      afterSales: [{ from: '2024-03-01', to: '2024-03-31' }],
    };
    // 02-29's window 01-31 … 02-29 ends the day before the after-sales export begins.
    expect(windowMeets(c.afterSales, '2024-02-29')).toBe(false);
    expect(windowMeets(c.afterSales, '2024-03-01')).toBe(true);
    // 04-29's window 03-31 … 04-29 holds the export's last day; 04-30's (04-01 … 04-30) does not.
    expect(windowMeets(c.afterSales, '2024-04-29')).toBe(true);
    expect(windowMeets(c.afterSales, '2024-04-30')).toBe(false);
  });
});
