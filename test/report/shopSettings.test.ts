import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { backEndFigureInput } from '@/lib/input/calibration';
import {
  addBackEndFigure,
  getRuleHistory,
  getShopRules,
  keepDefinition,
  RuleChangeError,
  resetShopRules,
  updateShopRule,
} from '@/lib/report/shopSettings';
import { reportOf, shopIn } from '../helpers/db';
import { openDb, seedShop, tempDb } from './fixture';

let conn: Connection;

beforeAll(async () => {
  conn = await openDb(tempDb().file);
  // 10 paid orders a day in March; interventions applied 03-10 and 03-20, completed 03-25 and (none).
  await seedShop(conn, {
    name: '设置店',
    platform: 'taobao',
    from: '2024-03-01',
    to: '2024-03-31',
    perDay: 10,
    cases: [
      { caseNo: 'A', orderNo: '2024-03-01#0', applied: '2024-03-10', completed: '2024-03-25' },
      { caseNo: 'B', orderNo: '2024-03-02#0', applied: '2024-03-20' },
    ],
  });
});
afterAll(async () => {
  await conn.db.destroy();
});

describe('shop settings', () => {
  it('a rule change is stored and read back by the report; other rules keep their preset numbers', async () => {
    const saved = await updateShopRule(
      conn.db,
      await shopIn(conn, '设置店'),
      { rule: 'tmall-fresh-date', count: 9, main: true, enabled: true },
      new Date('2024-04-01T00:00:00Z'),
    );
    expect(saved![0]).toMatchObject({
      presetId: 'tmall-fresh-date',
      count: 9,
      main: true,
      updatedAt: '2024-04-01 08:00:00',
    });
    expect(saved!.find((r) => r.presetId === 'taobao-dispute-refund')).toMatchObject({
      main: false,
      edited: false,
      rate: 0.01,
    });
    const r = (await reportOf(conn, '设置店', { drivers: false }))!;
    expect(r.mainRule).toBe('tmall-fresh-date');
    expect(r.rules.map((x) => x.rule.presetId)).toEqual(['tmall-fresh-date', 'taobao-dispute-refund']);
  });
  it('a rule with both thresholds cleared is refused, not saved; reset restores the preset; both are in the history', async () => {
    const before = await getShopRules(conn.db, await shopIn(conn, '设置店'));
    const blank = updateShopRule(
      conn.db,
      await shopIn(conn, '设置店'),
      { rule: 'taobao-dispute-refund', rate: null, count: null },
      new Date('2024-04-02T00:00:00Z'),
    );
    await expect(blank).rejects.toBeInstanceOf(RuleChangeError);
    await expect(blank).rejects.toMatchObject({
      text: { zh: expect.stringContaining('至少要有一条线'), en: expect.stringContaining('at least one line') },
    });
    expect(await getShopRules(conn.db, await shopIn(conn, '设置店'))).toEqual(before);

    await updateShopRule(
      conn.db,
      await shopIn(conn, '设置店'),
      { rule: 'taobao-dispute-refund', rate: 0.02, count: null },
      new Date('2024-04-02T01:00:00Z'),
    );
    expect(
      (await getShopRules(conn.db, await shopIn(conn, '设置店')))!.find((r) => r.presetId === 'taobao-dispute-refund'),
    ).toMatchObject({
      rate: 0.02,
      count: null,
      edited: true,
    });
    const reset = await resetShopRules(
      conn.db,
      await shopIn(conn, '设置店'),
      'taobao-dispute-refund',
      new Date('2024-04-02T02:00:00Z'),
    );
    expect(reset!.find((r) => r.presetId === 'taobao-dispute-refund')).toMatchObject({
      rate: 0.01,
      count: 5,
      edited: false,
    });
    // tmall-fresh-date keeps the merchant's 9.
    expect(reset!.find((r) => r.presetId === 'tmall-fresh-date')).toMatchObject({ count: 9 });

    const h = (await getRuleHistory(conn.db, await shopIn(conn, '设置店'), 'taobao-dispute-refund'))!;
    expect(h.map((c) => [c.at, c.action, c.before.rate, c.after.rate, c.before.count, c.after.count])).toEqual([
      ['2024-04-02 10:00:00', 'reset', 0.02, 0.01, null, 5],
      ['2024-04-02 09:00:00', 'set', 0.01, 0.02, 5, null],
      // The first change (tmall made main) took "main" from this rule.
      ['2024-04-01 08:00:00', 'set', 0.01, 0.01, 5, 5],
    ]);
    await expect(resetShopRules(conn.db, await shopIn(conn, '设置店'), 'pdd-intervention')).rejects.toBeInstanceOf(
      RuleChangeError,
    );
  });
  it('a rule the shop does not have: RuleChangeError', async () => {
    await expect(
      updateShopRule(conn.db, await shopIn(conn, '设置店'), { rule: 'pdd-intervention', count: 1 }),
    ).rejects.toBeInstanceOf(RuleChangeError);
    expect((await getShopRules(conn.db, await shopIn(conn, '设置店')))!.map((r) => r.presetId)).toHaveLength(4);
  });
  it('the back end says 1 at 0.3333% on 03-31: completion day and payment day agree; "best" keeps it', async () => {
    // By application day the window ending 03-31 holds 2 (A and B); by completion day 1 (A). 300 paid orders.
    expect(backEndFigureInput.safeParse({ date: '2024-03-31', count: 1, rate: 33 }).success).toBe(false);
    await addBackEndFigure(conn.db, await shopIn(conn, '设置店'), { date: '2024-03-31', count: 1, rate: 1 / 300 });
    expect(await keepDefinition(conn.db, await shopIn(conn, '设置店'), 'best')).toEqual({
      orders: 'paid',
      interventions: 'completed',
    });
    const r = (await reportOf(conn, '设置店', { from: '2024-03-31', to: '2024-03-31' }))!;
    expect(r.basis).toEqual({ orders: 'paid', interventions: 'completed' });
    expect(r.days[0]).toMatchObject({ orders30d: 300, interventions30d: 1 });
    expect(r.drivers.orders.map((o) => [o.caseNo, o.day])).toEqual([['A', '2024-03-25']]);
  });
  it('"best" without figures keeps nothing', async () => {
    const c2 = await openDb(tempDb().file);
    try {
      await seedShop(c2, { name: '空', platform: 'jd', from: '2024-03-01', to: '2024-03-02', perDay: 1, cases: [] });
      expect(await keepDefinition(c2.db, await shopIn(c2, '空'), 'best')).toBeNull();
    } finally {
      await c2.db.destroy();
    }
  });
});
