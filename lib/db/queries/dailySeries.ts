import type { DailyCount, Definition } from '../../types';
import type { DB } from '../connection';

const orderColumn = { paid: 'orders_paid', shipped: 'orders_shipped', received: 'orders_received' } as const;
const interventionColumn = { applied: 'interventions_applied', completed: 'interventions_completed' } as const;

/** A shop's pre-aggregated daily counts in [from, to], on the chosen definitions. Days with nothing are absent. */
export async function dailySeries(
  db: DB,
  shopId: number,
  from: string,
  to: string,
  basis: Definition = { orders: 'paid', interventions: 'applied' },
): Promise<DailyCount[]> {
  const rows = await db
    .selectFrom('daily')
    .select([
      'day',
      `${orderColumn[basis.orders]} as orders`,
      `${interventionColumn[basis.interventions]} as interventions`,
    ])
    .where('shop_id', '=', shopId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ day: r.day, orders: Number(r.orders), interventions: Number(r.interventions) }));
}
