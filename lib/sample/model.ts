/**
 * A made-up shop's activity: orders and after-sales cases over a run of days, from a seeded
 * random generator so the same seed always gives the same shop. The writers turn it into each
 * platform's export format; the sample data and the tests both use it.
 */
import { addDays } from '../time/china';

export interface SampleOrder {
  orderNo: string;
  /** China wall clock "YYYY-MM-DD HH:MM:SS". */
  paidAt: string;
  shippedAt: string | null;
  receivedAt: string | null;
  amountYuan: number;
  product: string;
  courier: string;
}

export interface SampleCase {
  caseNo: string;
  orderNo: string;
  appliedAt: string;
  /** The platform stepped in (介入). */
  intervened: boolean;
  /** Still open: a deadline lies ahead. */
  open: boolean;
  deadlineAt: string | null;
  completedAt: string | null;
  type: string;
  reason: string;
  product: string;
  refundYuan: number;
}

export interface SampleShop {
  orders: SampleOrder[];
  cases: SampleCase[];
}

export interface SampleOptions {
  /** The last day with orders, "YYYY-MM-DD" (China). */
  lastDay: string;
  days: number;
  seed?: number;
  /** Paid orders per day on average. */
  ordersPerDay?: number;
  /** Share of orders with platform intervention, by how many days before lastDay: a pattern gets a story. */
  interventionRate?: (daysBeforeLast: number) => number;
  /** Share of orders with an after-sales case the platform did not step into. */
  caseRate?: number;
}

/** Mulberry32: small, fast, and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PRODUCTS = [
  '加厚保温杯 500ml',
  '儿童防滑拖鞋',
  '无线蓝牙耳机',
  '纯棉四件套',
  '不锈钢炒锅 32cm',
  '折叠收纳箱',
];
export const COURIERS = ['中通快递', '圆通速递', '韵达快递', '极兔速递', '顺丰速运'];
export const REASONS = ['未收到货', '少发/漏发', '质量问题', '商品与描述不符', '七天无理由退货', '发错货'];
export const TYPES = ['仅退款', '退货退款', '换货', '缺货补寄'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function at(day: string, minutesIntoDay: number): string {
  const m = Math.max(0, Math.min(1439, Math.floor(minutesIntoDay)));
  return `${day} ${pad(Math.floor(m / 60))}:${pad(m % 60)}:${pad(Math.floor((minutesIntoDay % 1) * 60))}`;
}

/** A shop whose intervention rate climbs over the last weeks, so every part of the dashboard has something to show. */
export function sampleShop(opts: SampleOptions): SampleShop {
  const rnd = seededRandom(opts.seed ?? 20240601);
  const perDay = opts.ordersPerDay ?? 60;
  const rateOf = opts.interventionRate ?? ((before: number) => (before < 12 ? 0.045 : before < 40 ? 0.022 : 0.012));
  const caseRate = opts.caseRate ?? 0.05;
  const orders: SampleOrder[] = [];
  const cases: SampleCase[] = [];
  const firstDay = addDays(opts.lastDay, -(opts.days - 1));
  let caseSeq = 0;
  for (let i = 0; i < opts.days; i++) {
    const day = addDays(firstDay, i);
    const before = opts.days - 1 - i;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 1.25 : 1;
    const n = Math.max(1, Math.round(perDay * weekend * (0.8 + 0.4 * rnd())));
    for (let k = 0; k < n; k++) {
      const orderNo = `${day.slice(2).replace(/-/g, '')}-${pad(i, 4)}${pad(k, 4)}${Math.floor(rnd() * 1e6)
        .toString()
        .padStart(6, '0')}`;
      const paidAt = at(day, 8 * 60 + rnd() * 15 * 60);
      const product = PRODUCTS[Math.floor(rnd() * PRODUCTS.length)];
      const courier = COURIERS[Math.floor(rnd() * COURIERS.length)];
      const shipDay = addDays(day, 1);
      const receiveDay = addDays(day, 3 + Math.floor(rnd() * 3));
      // Nothing happens after the last day: an export never holds the future.
      const shipped = shipDay <= opts.lastDay;
      const received = receiveDay <= opts.lastDay;
      const amountYuan = Math.round((19 + rnd() * 180) * 100) / 100;
      orders.push({
        orderNo,
        paidAt,
        shippedAt: shipped ? at(shipDay, 10 * 60 + rnd() * 8 * 60) : null,
        receivedAt: received ? at(receiveDay, 9 * 60 + rnd() * 12 * 60) : null,
        amountYuan,
        product,
        courier,
      });
      const r = rnd();
      const intervened = r < rateOf(before);
      if (!intervened && r >= rateOf(before) + caseRate) continue;
      // A case is applied for a few days after payment, never after the last day.
      const applyDay = addDays(day, Math.min(before, Math.floor(rnd() * 4)));
      const appliedAt = at(applyDay, 9 * 60 + rnd() * 13 * 60);
      const completeDay = addDays(applyDay, 1 + Math.floor(rnd() * 3));
      const open = (intervened && before < 3) || completeDay > opts.lastDay;
      caseSeq++;
      cases.push({
        caseNo: `${applyDay.replace(/-/g, '')}${pad(caseSeq, 6)}`,
        orderNo,
        appliedAt,
        intervened,
        open,
        deadlineAt: open ? at(addDays(applyDay, 2), 9 * 60 + rnd() * 12 * 60) : null,
        completedAt: open ? null : at(completeDay, 10 * 60 + rnd() * 8 * 60),
        type: TYPES[Math.floor(rnd() * TYPES.length)],
        reason: REASONS[Math.floor(rnd() ** 1.6 * REASONS.length)],
        product,
        refundYuan: amountYuan,
      });
    }
  }
  return { orders, cases };
}
