import type { DB } from '../connection';

export type OrderBasis = 'paid' | 'shipped' | 'received';
export type InterventionBasis = 'applied' | 'completed';

const orderColumn = { paid: 'orders_paid', shipped: 'orders_shipped', received: 'orders_received' } as const;
const interventionColumn = { applied: 'interventions_applied', completed: 'interventions_completed' } as const;

/** A shop's pre-aggregated daily counts in [from, to], on the chosen definitions. Days with nothing are absent. */
export async function dailySeries(
  db: DB,
  shopId: number,
  from: string,
  to: string,
  basis: { orders: OrderBasis; interventions: InterventionBasis } = { orders: 'paid', interventions: 'applied' },
) {
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

/** The whole daily table of a shop, every definition (calibration compares them). */
export async function dailyAll(db: DB, shopId: number, from: string, to: string) {
  return db
    .selectFrom('daily')
    .selectAll()
    .where('shop_id', '=', shopId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}

/** The latest day that has any count, or null for an empty shop. */
export async function latestDay(db: DB, shopId: number): Promise<string | null> {
  const r = await db
    .selectFrom('daily')
    .select((eb) => eb.fn.max('day').as('day'))
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
  return (r?.day as string | null) ?? null;
}
