import type { InterventionBasis } from '../../types';
import type { DB } from '../connection';

export interface InterventionOrderRow {
  orderNo: string;
  day: string;
  caseNo: string;
  status: string;
  type: string;
  reason: string;
  product: string;
  courier: string;
}

/**
 * The intervention orders counted on a day in [from, to], as the daily aggregates count them:
 * an order counts once, on the day of its earliest intervened case that the platform did not
 * open itself; an order whose earliest such case is before `from` is not in the window.
 *
 * The orders come from the window's cases (by day index); their other cases are then read by
 * order number. A "no earlier case" subquery would read the same, but SQLite plans it on the
 * day index and scans every earlier case of the shop for each order: seconds on a big shop.
 */
export async function interventionOrders(
  db: DB,
  shopId: number,
  from: string,
  to: string,
  basis: InterventionBasis = 'applied',
): Promise<InterventionOrderRow[]> {
  const day = basis === 'applied' ? 'applied_day' : 'completed_day';
  const rows = await db
    .selectFrom('cases as c')
    .leftJoin('orders as o', (j) => j.onRef('o.shop_id', '=', 'c.shop_id').onRef('o.order_no', '=', 'c.order_no'))
    .select([
      'c.order_no as orderNo',
      `c.${day} as day`,
      'c.case_no as caseNo',
      'c.status as status',
      'c.type as type',
      'c.reason as reason',
      'c.product as caseProduct',
      'o.product as orderProduct',
      'o.courier as courier',
    ])
    .where('c.shop_id', '=', shopId)
    .where('c.order_no', 'in', (eb) =>
      eb
        .selectFrom('cases as w')
        .select('w.order_no')
        .where('w.shop_id', '=', shopId)
        .where(`w.${day}`, '>=', from)
        .where(`w.${day}`, '<=', to)
        .where('w.intervened', '=', 1)
        .where('w.platform_initiated', '=', 0),
    )
    .where('c.intervened', '=', 1)
    .where('c.platform_initiated', '=', 0)
    .orderBy('c.order_no')
    .orderBy(`c.${day}`)
    .orderBy('c.applied_at')
    .orderBy('c.case_no')
    .execute();
  const out: InterventionOrderRow[] = [];
  let last: string | null = null;
  for (const r of rows) {
    // Cases without a day on this basis never count; the first remaining one is the earliest.
    if (r.day === null || r.orderNo === last) continue;
    last = r.orderNo;
    if ((r.day as string) < from || (r.day as string) > to) continue;
    out.push({
      orderNo: r.orderNo,
      day: r.day as string,
      caseNo: r.caseNo,
      status: r.status,
      type: r.type,
      reason: r.reason,
      product: r.caseProduct || r.orderProduct || '',
      courier: r.courier ?? '',
    });
  }
  return out.sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.orderNo < b.orderNo ? -1 : a.orderNo > b.orderNo ? 1 : 0,
  );
}
