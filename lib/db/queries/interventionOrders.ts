import type { DB } from '../connection';
import type { InterventionBasis } from './dailySeries';

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
 * Reads only the window's cases (by index), then keeps each order's earliest.
 */
export async function interventionOrders(db: DB, shopId: number, from: string, to: string, basis: InterventionBasis = 'applied'): Promise<InterventionOrderRow[]> {
  const dayCol = basis === 'applied' ? 'c.applied_day' : 'c.completed_day';
  const earlierCol = basis === 'applied' ? 'e.applied_day' : 'e.completed_day';
  const rows = await db
    .selectFrom('cases as c')
    .leftJoin('orders as o', (j) => j.onRef('o.shop_id', '=', 'c.shop_id').onRef('o.order_no', '=', 'c.order_no'))
    .select([
      'c.order_no as orderNo',
      `${dayCol} as day`,
      'c.case_no as caseNo',
      'c.status as status',
      'c.type as type',
      'c.reason as reason',
      'c.product as caseProduct',
      'o.product as orderProduct',
      'o.courier as courier',
      'c.applied_at as appliedAt',
    ])
    .where('c.shop_id', '=', shopId)
    .where(dayCol, '>=', from)
    .where(dayCol, '<=', to)
    .where('c.intervened', '=', 1)
    .where('c.platform_initiated', '=', 0)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('cases as e')
            .select('e.case_no')
            .whereRef('e.shop_id', '=', 'c.shop_id')
            .whereRef('e.order_no', '=', 'c.order_no')
            .where('e.intervened', '=', 1)
            .where('e.platform_initiated', '=', 0)
            .where(earlierCol, '<', from),
        ),
      ),
    )
    .orderBy('c.order_no')
    .orderBy(dayCol)
    .orderBy('c.applied_at')
    .orderBy('c.case_no')
    .execute();
  const out: InterventionOrderRow[] = [];
  let last: string | null = null;
  for (const r of rows) {
    if (r.orderNo === last) continue;
    last = r.orderNo;
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
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.orderNo < b.orderNo ? -1 : a.orderNo > b.orderNo ? 1 : 0));
}
