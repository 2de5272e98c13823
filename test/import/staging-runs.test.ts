/**
 * A large file is staged in sorted runs, merged at the end: an order or case repeated across runs
 * must settle exactly as if the rows had been applied one by one in file order.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, it } from 'vitest';
import { type Staging, stageCases, stageOrders } from '@/lib/db/staging';
import { tempDir } from '../helpers/files';

type Row = (string | number | null)[];

function staged(make: (file: string) => Staging, batches: Row[][], table: string): Record<string, unknown>[] {
  const file = path.join(tempDir(), 'stage.db');
  const s = make(file);
  for (const b of batches) s.addBatch(JSON.stringify(b), b.length);
  const distinct = s.finish();
  s.close();
  const db = new BetterSqlite3(file, { readonly: true });
  const rows = db.prepare(`select * from ${table}`).all() as Record<string, unknown>[];
  db.close();
  expect(rows).toHaveLength(distinct);
  // The run number is the staging's own bookkeeping, not a staged value.
  return rows.map(({ run: _run, ...r }) => r);
}

// order_no, paid_at, paid_day, shipped_day, received_day, status, amount_cents, product, courier
const order = (
  no: string,
  paid: string | null,
  status: string,
  cents: number | null,
  product: string,
  courier = '',
) => [no, paid, paid?.slice(0, 10) ?? null, null, null, status, cents, product, courier];

const orderBatches: Row[][] = [
  [order('B', '2024-05-01 10:00:00', '待发货', 1000, '杯子', '中通'), order('A', null, '待支付', 500, '')],
  [order('C', '2024-05-02 10:00:00', '已签收', 300, '卫衣'), order('B', null, '已发货', 250, '')],
  [order('A', '2024-05-03 09:00:00', '已签收', null, '耳机'), order('B', null, '已签收', 125, '', '圆通')],
];

it('settles an order repeated across runs as the rows one by one would (duplicates: the later row wins)', () => {
  const oneRun = staged((f) => stageOrders(f, false), orderBatches, 'orders');
  const runs = staged((f) => stageOrders(f, false, 2), orderBatches, 'orders');
  expect(runs).toEqual(oneRun);
  expect(runs.map((r) => [r.order_no, r.paid_day, r.status, r.amount_cents, r.product, r.courier])).toEqual([
    ['A', '2024-05-03', '已签收', null, '耳机', ''],
    ['B', '2024-05-01', '已签收', 125, '杯子', '圆通'],
    ['C', '2024-05-02', '已签收', 300, '卫衣', ''],
  ]);
});

it('adds up line items of one order split across runs, the first product naming it', () => {
  const oneRun = staged((f) => stageOrders(f, true), orderBatches, 'orders');
  const runs = staged((f) => stageOrders(f, true, 1), orderBatches, 'orders');
  expect(runs).toEqual(oneRun);
  expect(runs.map((r) => [r.order_no, r.amount_cents, r.product])).toEqual([
    ['A', 500, '耳机'],
    ['B', 1375, '杯子'],
    ['C', 300, '卫衣'],
  ]);
});

// case_no, order_no, applied_at, applied_day, completed_at, completed_day, status, intervened_status,
// type, reason, product, deadline_at, amount_cents, responsible, intervened, platform_initiated
const kase = (no: string, applied: string, status: string, intervened: 0 | 1, completed: string | null = null) => [
  no,
  `O-${no}`,
  applied,
  applied.slice(0, 10),
  completed,
  completed?.slice(0, 10) ?? null,
  status,
  intervened ? status : null,
  '仅退款',
  '不想要了',
  '杯子',
  null,
  990,
  '',
  intervened,
  0,
];

it('keeps an intervention seen in an earlier run when a later run shows the case closed', () => {
  const batches: Row[][] = [
    [kase('K1', '2024-05-01 08:00:00', '平台处理中', 1)],
    [kase('K2', '2024-05-02 08:00:00', '退款成功', 0)],
    [kase('K1', '2024-05-01 08:00:00', '退款成功', 0, '2024-05-04 18:00:00')],
  ];
  const oneRun = staged((f) => stageCases(f), batches, 'cases');
  const runs = staged((f) => stageCases(f, 1), batches, 'cases');
  expect(runs).toEqual(oneRun);
  expect(runs.map((r) => [r.case_no, r.status, r.intervened_status, r.intervened, r.completed_day])).toEqual([
    ['K1', '退款成功', '平台处理中', 1, '2024-05-04'],
    ['K2', '退款成功', null, 0, null],
  ]);
});

it("counts a shop's first orders by day while staging, unless an order repeats across runs", () => {
  const days = (batches: Row[][], runRows: number) => {
    const s = stageOrders(path.join(tempDir(), 'stage.db'), false, runRows);
    for (const b of batches) s.addBatch(JSON.stringify(b), b.length);
    s.finish();
    const d = s.orderDays();
    s.close();
    return d && [...d].sort((a, b) => a.paid_day.localeCompare(b.paid_day));
  };
  const distinct: Row[][] = [
    [order('A', '2024-05-01 10:00:00', '已签收', 1, ''), order('B', '2024-05-01 11:00:00', '已签收', 1, '')],
    [order('C', '2024-05-02 10:00:00', '已签收', 1, ''), order('D', null, '待支付', 1, '')],
  ];
  expect(days(distinct, 2)).toEqual([
    { paid_day: '2024-05-01', shipped_day: null, received_day: null, n: 2 },
    { paid_day: '2024-05-02', shipped_day: null, received_day: null, n: 1 },
  ]);
  // B, paid on 05-01 in the first run, is unpaid in the second: only the merged rows can say.
  expect(days([...distinct, [order('B', null, '待支付', 1, '')]], 2)).toBeNull();
});

it('counts the repeated rows that change what an earlier row of the number said, in one run or across runs', () => {
  const differing = (runRows?: number, lineItems = false, batches = orderBatches) => {
    const s = stageOrders(path.join(tempDir(), 'stage.db'), lineItems, runRows);
    for (const b of batches) s.addBatch(JSON.stringify(b), b.length);
    s.finish();
    const n = s.differing();
    s.close();
    return n;
  };
  // A once (paid, status, product), B twice (status, amount): 3, however the rows fall into runs.
  expect([differing(), differing(2), differing(1)]).toEqual([3, 3, 3]);
  // The same row again, or one that only leaves cells blank, says nothing new.
  const same = [
    [order('D', '2024-05-04 10:00:00', '已签收', 900, '帽子', '中通')],
    [order('D', '2024-05-04 10:00:00', '已签收', 900, '帽子', '中通'), order('D', null, '已签收', 900, '', '')],
  ];
  expect([differing(undefined, false, same), differing(1, false, same)]).toEqual([0, 0]);
  // Line items of one order add up by design: nothing differs.
  expect(differing(2, true)).toBe(0);
});
