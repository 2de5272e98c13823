import type { DB } from '../connection';

/**
 * Orders with an after-sales case, counted once on the day of their first case: the base of
 * rates such as Douyin's 平台求助率 and Tmall's refund→dispute rate.
 */
export async function afterSalesDaily(
  db: DB,
  shopId: number,
  from: string,
  to: string,
): Promise<{ day: string; orders: number }[]> {
  const rows = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('cases')
        .select(['order_no', (eb) => eb.fn.min('applied_day').as('day')])
        .where('shop_id', '=', shopId)
        .where('applied_day', 'is not', null)
        .groupBy('order_no')
        .as('first_case'),
    )
    .select(['day', (eb) => eb.fn.countAll().as('n')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('day')
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ day: r.day as string, orders: Number(r.n) }));
}
