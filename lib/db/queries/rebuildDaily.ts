import { sql } from 'kysely';
import type { DB } from '../connection';

/**
 * Recomputes a shop's per-day counts from its orders and cases. Run inside the import's
 * transaction, so the dashboards' aggregates never disagree with the rows.
 * An intervention order counts once: on the day its earliest intervened case was applied for
 * (or, for the completion basis, completed). Platform-initiated cases never count.
 */
export async function rebuildDaily(db: DB, shopId: number): Promise<void> {
  await db.deleteFrom('daily').where('shop_id', '=', shopId).execute();
  await sql`
    insert into daily (shop_id, day, orders_paid, orders_shipped, orders_received, interventions_applied, interventions_completed)
    select ${shopId}, day, sum(p), sum(s), sum(r), sum(ia), sum(ic) from (
      select paid_day as day, count(*) as p, 0 as s, 0 as r, 0 as ia, 0 as ic
        from orders where shop_id = ${shopId} and paid_day is not null group by paid_day
      union all
      select shipped_day, 0, count(*), 0, 0, 0
        from orders where shop_id = ${shopId} and shipped_day is not null and paid_day is not null group by shipped_day
      union all
      select received_day, 0, 0, count(*), 0, 0
        from orders where shop_id = ${shopId} and received_day is not null and paid_day is not null group by received_day
      union all
      select day, 0, 0, 0, count(*), 0 from (
        select min(applied_day) as day from cases
          where shop_id = ${shopId} and intervened = 1 and platform_initiated = 0 and applied_day is not null
          group by order_no
      ) group by day
      union all
      select day, 0, 0, 0, 0, count(*) from (
        select min(completed_day) as day from cases
          where shop_id = ${shopId} and intervened = 1 and platform_initiated = 0 and completed_day is not null
          group by order_no
      ) group by day
    ) group by day
  `.execute(db);
}
