/**
 * getShopReport on a real SQLite file: the drivers must name exactly the orders the daily
 * aggregates count, statuses must carry a run that began before the first day shown, and the
 * shop's stored rule numbers and definition must be the ones used.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { addCalibrationEntry } from '@/lib/db/queries/addCalibrationEntry';
import { listShopRuleRows } from '@/lib/db/queries/listShopRuleRows';
import { saveShopRuleRows } from '@/lib/db/queries/saveShopRuleRows';
import { setShopBasis } from '@/lib/db/queries/setShopBasis';
import { applyRuleChange, resolveShopRules, ruleRow } from '@/lib/rules/shopRules';
import { reportOf } from '../helpers/db';
import { openDb, seedShop, tempDb } from './fixture';

/*
 * 10 paid orders a day, 2024-02-01 … 2024-03-31. Intervention orders (earliest intervened case):
 *   Z  02-20 (a second case on 03-15 does not move it into the window ending 03-31)
 *   C1 03-01 (D-30 of 03-31: out)
 *   X  03-02 (D-29: in, leaves 04-01)
 *   Y  03-05 (two cases, 03-05 and 03-10: counted once, on 03-05)
 *   W  03-31 (open, deadline 04-01 10:00)
 * Not counted: a platform-initiated case (03-20) and a case without intervention (03-25, open).
 */
const cases = [
  { caseNo: 'CZ1', orderNo: '2024-02-10#0', applied: '2024-02-20', completed: '2024-02-21', reason: '质量问题' },
  { caseNo: 'CZ2', orderNo: '2024-02-10#0', applied: '2024-03-15', completed: '2024-03-16', reason: '质量问题' },
  { caseNo: 'C1', orderNo: '2024-02-25#0', applied: '2024-03-01', completed: '2024-03-02', reason: '未收到货' },
  {
    caseNo: 'CX',
    orderNo: '2024-02-26#1',
    applied: '2024-03-02',
    completed: '2024-03-03',
    reason: '未收到货',
    type: '仅退款',
  },
  {
    caseNo: 'CY1',
    orderNo: '2024-03-01#2',
    applied: '2024-03-05',
    completed: '2024-03-06',
    reason: '少发漏发',
    type: '退货退款',
  },
  { caseNo: 'CY2', orderNo: '2024-03-01#2', applied: '2024-03-10', completed: '2024-03-11', reason: '其他' },
  { caseNo: 'CP', orderNo: '2024-03-02#0', applied: '2024-03-20', platformInitiated: true, reason: '平台主动' },
  {
    caseNo: 'CN',
    orderNo: '2024-03-03#0',
    applied: '2024-03-25',
    intervened: false,
    status: '待商家处理',
    deadline: '2024-03-31 20:00:00',
  },
  // Closed by its status alone: the export gave no completion time.
  { caseNo: 'CS', orderNo: '2024-03-04#0', applied: '2024-03-26', intervened: false, status: '退款成功' },
  {
    caseNo: 'CR',
    orderNo: '2024-03-05#0',
    applied: '2024-03-27',
    intervened: false,
    status: '平台拒绝退款，退款关闭',
    deadline: '2024-03-30 20:00:00',
  },
  {
    caseNo: 'CW',
    orderNo: '2024-03-20#3',
    applied: '2024-03-31',
    reason: '未收到货',
    type: '仅退款',
    deadline: '2024-04-01 10:00:00',
  },
];

let conn: Connection;
let shopId: number;

beforeAll(async () => {
  const { file } = tempDb();
  conn = await openDb(file);
  shopId = await seedShop(conn, {
    name: '测试店',
    platform: 'pdd',
    from: '2024-02-01',
    to: '2024-03-31',
    perDay: 10,
    cases,
    courier: (i) => (i % 2 ? '中通' : '顺丰'),
    product: (i) => (i % 10 === 2 ? '商品B' : '商品A'),
  });
  // Count 4, no rate, 2 days in a row, watch at 75%.
  const rules = applyRuleChange(resolveShopRules('pdd', []), 'pdd-intervention', {
    count: 4,
    rate: null,
    sustainDays: 2,
    watch: 0.75,
  });
  await saveShopRuleRows(
    conn.db,
    rules.map((r) => ruleRow(shopId, r, '2024-04-01 08:00:00')),
  );
});

afterAll(async () => {
  vi.useRealTimers();
  await conn.db.destroy();
});

describe('getShopReport', () => {
  it('carries the daily series (new that day) for every day shown, read with the windows', async () => {
    const r = await reportOf(conn, '测试店', { from: '2024-03-01', to: '2024-03-05', drivers: false });
    expect(r.daily.map((d) => d.day)).toEqual(r.days.map((d) => d.date));
    // C1 on 03-01, X on 03-02, Y on 03-05 (its second case on 03-10 is not a new intervention).
    expect(r.daily.map((d) => [d.orders, d.interventions])).toEqual([
      [10, 1],
      [10, 1],
      [10, 0],
      [10, 0],
      [10, 1],
    ]);
    expect(r.drivers.total).toBe(0);
  });

  it('status of every day from the stored rule: over, breach, and back to watch when 02-20 leaves on 03-21', async () => {
    const r = (await reportOf(conn, '测试店', { from: '2024-03-04', to: '2024-03-31' }))!;
    expect(r.mainRule).toBe('pdd-intervention');
    expect(r.rules[0].rule).toMatchObject({
      count: 4,
      rate: null,
      sustainDays: 2,
      edited: true,
      source: { public: false },
    });
    const at = (d: string) => r.days.find((x) => x.date === d)!;
    expect(at('2024-03-04')).toMatchObject({ interventions30d: 3, status: 'watch' }); // Z, C1, X; 3 ≥ 0.75 × 4
    expect(at('2024-03-05')).toMatchObject({ interventions30d: 4, status: 'over', streak: 1 });
    expect(at('2024-03-06')).toMatchObject({ status: 'breach', streak: 2 });
    expect(at('2024-03-20')).toMatchObject({ interventions30d: 4, status: 'breach', streak: 16 });
    expect(at('2024-03-21')).toMatchObject({ interventions30d: 3, status: 'watch', streak: 0 });
    expect(at('2024-03-31')).toMatchObject({
      orders30d: 300,
      interventions30d: 3,
      rate30d: 0.01,
      base30d: 300,
      status: 'watch',
    });
  });

  it('a run of over days that began before `from` still breaches on the first day shown', async () => {
    const r = (await reportOf(conn, '测试店', { from: '2024-03-10', to: '2024-03-12' }))!;
    expect(r.days.map((d) => [d.status, d.streak])).toEqual([
      ['breach', 6],
      ['breach', 7],
      ['breach', 8],
    ]);
  });

  it('headroom, roll-off and days until safe on the latest day', async () => {
    const r = (await reportOf(conn, '测试店'))!;
    expect(r.to).toBe('2024-03-31');
    expect(r.from).toBe('2024-01-02'); // 90 days by default
    expect(r.headroom).toBe(1);
    expect(r.rollOff.filter((x) => x.leaving)).toEqual([
      { date: '2024-04-01', leaving: 1 },
      { date: '2024-04-04', leaving: 1 },
      { date: '2024-04-30', leaving: 1 },
    ]);
    expect(r.daysUntilSafe).toBe(0);
    expect(r.forecast).toHaveLength(14);
    expect(r.forecast[0]).toMatchObject({ date: '2024-04-01', orders30d: 300, none: { interventions30d: 2 } });
  });

  it('on a breach day: safe when the fourth leaves, and when the 1-day penalties end', async () => {
    const r = (await reportOf(conn, '测试店', { to: '2024-03-15' }))!;
    // Window ending 03-15 holds Z, C1, X, Y; Z (02-20) leaves on 03-21.
    expect(r.safety).toMatchObject({ overNow: true, breachNow: true, safeOn: '2024-03-21', days: 6 });
    expect(r.safety!.penalties.map((p) => [p.name.zh, p.endsOn])).toEqual([
      ['移除资源位、禁止上新', '2024-03-21'],
      ['全店商品降权', '2024-03-21'],
    ]);
    expect(r.headroom).toBe(0);
  });

  it('drivers: the window’s intervention orders exactly as counted, grouped, with the day each leaves', async () => {
    const r = (await reportOf(conn, '测试店', { to: '2024-03-31' }))!;
    const d = r.drivers;
    expect(d.window).toEqual({ from: '2024-03-02', to: '2024-03-31' });
    expect(d.total).toBe(r.days.at(-1)!.interventions30d);
    expect(d.orders.map((o) => [o.orderNo, o.day, o.caseNo, o.leavesOn])).toEqual([
      ['2024-02-26#1', '2024-03-02', 'CX', '2024-04-01'],
      ['2024-03-01#2', '2024-03-05', 'CY1', '2024-04-04'],
      ['2024-03-20#3', '2024-03-31', 'CW', '2024-04-30'],
    ]);
    expect(d.byReason).toEqual([
      { key: '未收到货', count: 2 },
      { key: '少发漏发', count: 1 },
    ]);
    expect(d.byType).toEqual([
      { key: '仅退款', count: 2 },
      { key: '退货退款', count: 1 },
    ]);
    // Orders are numbered across days: 02-26#1 is order 251 (odd: 中通), 03-01#2 is 292 (even: 顺丰; ends in 2: 商品B), 03-20#3 is 483 (中通).
    expect(d.byCourier).toEqual([
      { key: '中通', count: 2 },
      { key: '顺丰', count: 1 },
    ]);
    expect(d.byProduct).toEqual([
      { key: '商品A', count: 2 },
      { key: '商品B', count: 1 },
    ]);
  });

  it('open cases with time left on a frozen clock, soonest deadline first', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-04-01T00:00:00Z')); // 08:00 on 04-01 in China
    try {
      const r = (await reportOf(conn, '测试店'))!;
      expect(r.now).toBe('2024-04-01 08:00:00');
      // CP is open too but the platform opened it itself: not the merchant's to answer.
      expect(r.drivers.openCases.map((c) => [c.caseNo, c.intervened, c.deadlineAt, c.minutesLeft])).toEqual([
        ['CN', false, '2024-03-31 20:00:00', -720],
        ['CW', true, '2024-04-01 10:00:00', 120],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('calibration: the back end’s implied denominator and the definition that agrees', async () => {
    await addCalibrationEntry(conn.db, {
      shopId,
      day: '2024-03-31',
      count: 3,
      rate: 0.01,
      createdAt: '2024-04-01 08:00:00',
    });
    const r = (await reportOf(conn, '测试店'))!;
    expect(r.calibration!.entries).toHaveLength(1);
    expect(r.calibration!.entries[0].impliedOrders).toBeCloseTo(300, 9);
    expect(r.calibration!.entries[0].comparisons[0]).toMatchObject({
      orders: 'paid',
      interventions30d: 3,
      orders30d: 300,
      error: 0,
    });
    expect(r.calibration!.best).toMatchObject({ orders: 'paid', error: 0 });
  });

  it('the shop’s chosen definition drives the figures: by completion day the window ending 03-05 holds Z, C1 and X, not Y', async () => {
    const before = (await reportOf(conn, '测试店', { from: '2024-03-05', to: '2024-03-05' }))!;
    expect(before.days[0].interventions30d).toBe(4);
    await setShopBasis(conn.db, shopId, { orders: 'paid', interventions: 'completed' });
    try {
      const after = (await reportOf(conn, '测试店', { from: '2024-03-05', to: '2024-03-05' }))!;
      expect(after.basis).toEqual({ orders: 'paid', interventions: 'completed' });
      // Completed: Z 02-21, C1 03-02, X 03-03 (Y completes 03-06): 3.
      expect(after.days[0].interventions30d).toBe(3);
      expect(after.drivers.orders.map((o) => o.caseNo)).toEqual(['CZ1', 'C1', 'CX']);
    } finally {
      await setShopBasis(conn.db, shopId, { orders: 'paid', interventions: 'applied' });
    }
  });

  it('keeps exactly one main rule after storing', async () => {
    const rows = await listShopRuleRows(conn.db, shopId);
    expect(rows.filter((r) => r.main === 1).map((r) => r.preset_id)).toEqual(['pdd-intervention']);
  });
});
