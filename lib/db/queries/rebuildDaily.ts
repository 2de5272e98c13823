import { sql } from 'kysely';
import type { DB } from '../connection';

interface DayCounts {
  orders_paid: number;
  orders_shipped: number;
  orders_received: number;
  interventions_applied: number;
  interventions_completed: number;
}

/** How many orders share one (paid, shipped, received) day triple: what the orders' daily counts are made of. */
export interface OrderDays {
  paid_day: string;
  shipped_day: string | null;
  received_day: string | null;
  n: number;
}

const ORDER_COLUMNS = ['orders_paid', 'orders_shipped', 'orders_received'] as const;
const INTERVENTION_COLUMNS = ['interventions_applied', 'interventions_completed'] as const;

/** A shop's orders grouped once by (paid, shipped, received) day: one sort of the orders instead of three. */
export async function orderDaysOfShop(db: DB, shopId: number): Promise<OrderDays[]> {
  const rows = await db
    .selectFrom('orders')
    .select(['paid_day', 'shipped_day', 'received_day', (eb) => eb.fn.countAll<number>().as('n')])
    .where('shop_id', '=', shopId)
    .where('paid_day', 'is not', null)
    .groupBy(['paid_day', 'shipped_day', 'received_day'])
    .execute();
  return rows.map((o) => ({ ...o, paid_day: o.paid_day!, n: Number(o.n) }));
}

export interface RebuildOptions {
  /** Only these figures changed (an orders import leaves the interventions as they are, and the other way round). */
  only?: 'orders' | 'interventions';
  /** The orders' day triples when already known (counted from the staged rows of a shop that had no orders). */
  orderDays?: readonly OrderDays[];
}

/**
 * Recomputes a shop's per-day counts from its orders and cases. Run inside the import's
 * transaction, so the dashboards' aggregates never disagree with the rows.
 * An intervention order counts once: on the day its earliest intervened case was applied for
 * (or, for the completion basis, completed). Platform-initiated cases never count.
 */
export async function rebuildDaily(db: DB, shopId: number, opts: RebuildOptions = {}): Promise<void> {
  const days = new Map<string, DayCounts>();
  const at = (day: string) => {
    let d = days.get(day);
    if (!d) {
      d = {
        orders_paid: 0,
        orders_shipped: 0,
        orders_received: 0,
        interventions_applied: 0,
        interventions_completed: 0,
      };
      days.set(day, d);
    }
    return d;
  };
  if (opts.only !== 'interventions') {
    for (const o of opts.orderDays ?? (await orderDaysOfShop(db, shopId))) {
      at(o.paid_day).orders_paid += o.n;
      if (o.shipped_day) at(o.shipped_day).orders_shipped += o.n;
      if (o.received_day) at(o.received_day).orders_received += o.n;
    }
  }
  if (opts.only !== 'orders') {
    const interventions = await sql<{ applied: string | null; completed: string | null; n: number }>`
      select applied, completed, count(*) as n from (
        select min(applied_day) as applied, min(completed_day) as completed from cases
          where shop_id = ${shopId} and intervened = 1 and platform_initiated = 0
          group by order_no
      ) as first_cases group by applied, completed
    `.execute(db);
    for (const i of interventions.rows) {
      const n = Number(i.n);
      if (i.applied) at(i.applied).interventions_applied += n;
      if (i.completed) at(i.completed).interventions_completed += n;
    }
  }
  const columns = opts.only === 'orders' ? ORDER_COLUMNS : opts.only === 'interventions' ? INTERVENTION_COLUMNS : null;
  if (!columns) await db.deleteFrom('daily').where('shop_id', '=', shopId).execute();
  else {
    // Only one kind's columns are replaced; a day left with no count at all goes.
    await db
      .updateTable('daily')
      .set(Object.fromEntries(columns.map((c) => [c, 0])))
      .where('shop_id', '=', shopId)
      .execute();
  }
  const rows = [...days].map(([day, c]) => ({ shop_id: shopId, day, ...c }));
  // SQLite takes a limited number of parameters per statement.
  for (let i = 0; i < rows.length; i += 500) {
    const insert = db.insertInto('daily').values(rows.slice(i, i + 500));
    await (columns
      ? insert.onConflict((oc) =>
          oc
            .columns(['shop_id', 'day'])
            .doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))),
        )
      : insert
    ).execute();
  }
  if (columns) {
    await db
      .deleteFrom('daily')
      .where('shop_id', '=', shopId)
      .where((eb) => eb.and([...ORDER_COLUMNS, ...INTERVENTION_COLUMNS].map((c) => eb(c, '=', 0))))
      .execute();
  }
}
