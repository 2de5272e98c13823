import { sql } from 'kysely';
import type { InterventionBasis } from '../../types';
import type { DB } from '../connection';

/**
 * For a rule that counts only some refund reasons (Tmall 新鲜日期): per day, the intervention orders
 * and the orders with an after-sales case, both limited to cases with one of `reasons`. Counted as
 * the daily aggregates count (an order once, on its earliest matching case; platform-initiated
 * cases never count as interventions).
 */
export async function reasonDaily(
  db: DB,
  shopId: number,
  reasons: readonly string[],
  from: string,
  to: string,
  basis: InterventionBasis,
): Promise<{ day: string; orders: number; interventions: number }[]> {
  if (!reasons.length) return [];
  const list = sql.join(reasons.map((r) => sql`${r}`));
  const dayCol = basis === 'applied' ? sql.ref('applied_day') : sql.ref('completed_day');
  const interventions = await sql<{ day: string; n: number }>`
    select day, count(*) as n from (
      select min(${dayCol}) as day from cases
        where shop_id = ${shopId} and intervened = 1 and platform_initiated = 0 and reason in (${list})
        group by order_no
    ) as first_cases where day is not null and day >= ${from} and day <= ${to} group by day
  `.execute(db);
  const bases = await sql<{ day: string; n: number }>`
    select day, count(*) as n from (
      select min(applied_day) as day from cases
        where shop_id = ${shopId} and applied_day is not null and reason in (${list})
        group by order_no
    ) as first_cases where day >= ${from} and day <= ${to} group by day
  `.execute(db);
  const byDay = new Map<string, { day: string; orders: number; interventions: number }>();
  const at = (day: string) => byDay.get(day) ?? byDay.set(day, { day, orders: 0, interventions: 0 }).get(day)!;
  for (const r of interventions.rows) at(r.day).interventions = Number(r.n);
  for (const r of bases.rows) at(r.day).orders = Number(r.n);
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}
