import { sql } from 'kysely';
import type { DB } from '../connection';

interface DayCounts {
  orders_paid: number;
  orders_shipped: number;
  orders_received: number;
  interventions_applied: number;
  interventions_completed: number;
}

/**
 * Recomputes a shop's per-day counts from its orders and cases. Run inside the import's
 * transaction, so the dashboards' aggregates never disagree with the rows.
 * An intervention order counts once: on the day its earliest intervened case was applied for
 * (or, for the completion basis, completed). Platform-initiated cases never count.
 *
 * Orders are grouped once by (paid, shipped, received) day and summed per day here: one sort
 * of the shop's orders instead of three.
 */
export async function rebuildDaily(db: DB, shopId: number): Promise<void> {
  const days = new Map<string, DayCounts>();
  const at = (day: string) => {
    let d = days.get(day);
    if (!d)
      days.set(
        day,
        (d = {
          orders_paid: 0,
          orders_shipped: 0,
          orders_received: 0,
          interventions_applied: 0,
          interventions_completed: 0,
        }),
      );
    return d;
  };
  const orders = await db
    .selectFrom('orders')
    .select(['paid_day', 'shipped_day', 'received_day', (eb) => eb.fn.countAll<number>().as('n')])
    .where('shop_id', '=', shopId)
    .where('paid_day', 'is not', null)
    .groupBy(['paid_day', 'shipped_day', 'received_day'])
    .execute();
  for (const o of orders) {
    const n = Number(o.n);
    at(o.paid_day!).orders_paid += n;
    if (o.shipped_day) at(o.shipped_day).orders_shipped += n;
    if (o.received_day) at(o.received_day).orders_received += n;
  }
  const interventions = await sql<{ applied: string | null; completed: string | null; n: number }>`
    select applied, completed, count(*) as n from (
      select min(applied_day) as applied, min(completed_day) as completed from cases
        where shop_id = ${shopId} and intervened = 1 and platform_initiated = 0
        group by order_no
    ) group by applied, completed
  `.execute(db);
  for (const i of interventions.rows) {
    const n = Number(i.n);
    if (i.applied) at(i.applied).interventions_applied += n;
    if (i.completed) at(i.completed).interventions_completed += n;
  }
  await db.deleteFrom('daily').where('shop_id', '=', shopId).execute();
  const rows = [...days].map(([day, c]) => ({ shop_id: shopId, day, ...c }));
  // SQLite takes a limited number of parameters per statement.
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('daily')
      .values(rows.slice(i, i + 500))
      .execute();
}
