import { sql } from 'kysely';
import type { Connection } from '../connection';
import type { CaseTable, OrderTable } from '../schema';

/**
 * The import's hot path. The statements are written in Kysely and compiled once, then run as
 * prepared statements a million times; building a query per row would cost more than the parse.
 *
 * Re-imports replace what an earlier import said, with two exceptions:
 * - in exports with one row per line item (JD, Douyin), rows of one order in the same import
 *   are its line items: their amounts add up;
 * - an intervention, once seen, stays (a later PDD export shows a closed one as plain 退款成功).
 */
export function prepareOrderUpsert(conn: Connection, lineItems: boolean) {
  const sample: OrderTable = {
    shop_id: 0, order_no: '', paid_at: null, paid_day: null, shipped_day: null, received_day: null,
    status: '', amount_cents: null, product: '', courier: '', import_id: 0,
  };
  const keys = Object.keys(sample) as (keyof OrderTable)[];
  const q = conn.db
    .insertInto('orders')
    .values(sample)
    .onConflict((oc) =>
      oc.columns(['shop_id', 'order_no']).doUpdateSet({
        paid_at: sql`coalesce(excluded.paid_at, orders.paid_at)`,
        paid_day: sql`coalesce(excluded.paid_day, orders.paid_day)`,
        shipped_day: sql`coalesce(excluded.shipped_day, orders.shipped_day)`,
        received_day: sql`coalesce(excluded.received_day, orders.received_day)`,
        status: sql`excluded.status`,
        // A repeated row of a one-row-per-order export is a duplicate, not a second line item.
        amount_cents: lineItems
          ? sql`case when orders.import_id = excluded.import_id
              then coalesce(orders.amount_cents, 0) + coalesce(excluded.amount_cents, 0)
              else excluded.amount_cents end`
          : sql`excluded.amount_cents`,
        product: lineItems
          ? sql`case when orders.import_id = excluded.import_id and orders.product <> '' then orders.product else excluded.product end`
          : sql`coalesce(nullif(excluded.product, ''), orders.product)`,
        courier: sql`coalesce(nullif(excluded.courier, ''), orders.courier)`,
        import_id: sql`excluded.import_id`,
      }),
    )
    .compile();
  if (q.parameters.length !== keys.length) throw new Error('order upsert: unexpected parameters');
  const stmt = conn.raw.prepare(q.sql);
  const args: unknown[] = new Array(keys.length);
  return (row: OrderTable) => {
    for (let i = 0; i < keys.length; i++) args[i] = row[keys[i]];
    stmt.run(args);
  };
}

export function prepareCaseUpsert(conn: Connection) {
  const sample: CaseTable = {
    shop_id: 0, case_no: '', order_no: '', applied_at: null, applied_day: null, completed_at: null,
    completed_day: null, status: '', intervened_status: null, type: '', reason: '', product: '',
    deadline_at: null, amount_cents: null, responsible: '', intervened: 0, platform_initiated: 0, import_id: 0,
  };
  const keys = Object.keys(sample) as (keyof CaseTable)[];
  const q = conn.db
    .insertInto('cases')
    .values(sample)
    .onConflict((oc) =>
      oc.columns(['shop_id', 'case_no']).doUpdateSet({
        order_no: sql`excluded.order_no`,
        applied_at: sql`coalesce(excluded.applied_at, cases.applied_at)`,
        applied_day: sql`coalesce(excluded.applied_day, cases.applied_day)`,
        completed_at: sql`coalesce(excluded.completed_at, cases.completed_at)`,
        completed_day: sql`coalesce(excluded.completed_day, cases.completed_day)`,
        status: sql`excluded.status`,
        intervened_status: sql`coalesce(excluded.intervened_status, cases.intervened_status)`,
        type: sql`excluded.type`,
        reason: sql`excluded.reason`,
        product: sql`excluded.product`,
        deadline_at: sql`excluded.deadline_at`,
        amount_cents: sql`excluded.amount_cents`,
        responsible: sql`excluded.responsible`,
        intervened: sql`max(cases.intervened, excluded.intervened)`,
        platform_initiated: sql`max(cases.platform_initiated, excluded.platform_initiated)`,
        import_id: sql`excluded.import_id`,
      }),
    )
    .compile();
  if (q.parameters.length !== keys.length) throw new Error('case upsert: unexpected parameters');
  const stmt = conn.raw.prepare(q.sql);
  const args: unknown[] = new Array(keys.length);
  return (row: CaseTable) => {
    for (let i = 0; i < keys.length; i++) args[i] = row[keys[i]];
    stmt.run(args);
  };
}
