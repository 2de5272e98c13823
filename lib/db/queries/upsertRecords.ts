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
/** Rows per statement: one statement per row costs more in calls than SQLite spends storing it. */
const ROWS_PER_STATEMENT = 64;

export interface BatchWriter<T> {
  add(row: T): void;
  /** Writes what is still held; call before reading the table. */
  flush(): void;
}

/**
 * Runs an upsert compiled for n rows at a time. SQLite applies a multi-row upsert row by row,
 * so two rows with the same key in one statement behave exactly as two statements would.
 */
function batched<T extends object>(conn: Connection, keys: (keyof T)[], compile: (rows: number) => { sql: string; parameters: readonly unknown[] }): BatchWriter<T> {
  const full = compile(ROWS_PER_STATEMENT);
  const one = compile(1);
  if (full.parameters.length !== keys.length * ROWS_PER_STATEMENT || one.parameters.length !== keys.length) throw new Error('upsert: unexpected parameters');
  const many = conn.raw.prepare(full.sql);
  const single = conn.raw.prepare(one.sql);
  const args: unknown[] = new Array(keys.length * ROWS_PER_STATEMENT);
  let held = 0;
  return {
    add(row: T) {
      const base = held * keys.length;
      for (let i = 0; i < keys.length; i++) args[base + i] = row[keys[i]];
      if (++held === ROWS_PER_STATEMENT) {
        many.run(args);
        held = 0;
      }
    },
    flush() {
      for (let r = 0; r < held; r++) single.run(args.slice(r * keys.length, (r + 1) * keys.length));
      held = 0;
    },
  };
}

export function prepareOrderUpsert(conn: Connection, lineItems: boolean): BatchWriter<OrderTable> {
  const sample: OrderTable = {
    shop_id: 0, order_no: '', paid_at: null, paid_day: null, shipped_day: null, received_day: null,
    status: '', amount_cents: null, product: '', courier: '', import_id: 0,
  };
  const keys = Object.keys(sample) as (keyof OrderTable)[];
  const compile = (rows: number) => conn.db
    .insertInto('orders')
    .values(Array.from({ length: rows }, () => sample))
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
  return batched(conn, keys, compile);
}

export function prepareCaseUpsert(conn: Connection): BatchWriter<CaseTable> {
  const sample: CaseTable = {
    shop_id: 0, case_no: '', order_no: '', applied_at: null, applied_day: null, completed_at: null,
    completed_day: null, status: '', intervened_status: null, type: '', reason: '', product: '',
    deadline_at: null, amount_cents: null, responsible: '', intervened: 0, platform_initiated: 0, import_id: 0,
  };
  const keys = Object.keys(sample) as (keyof CaseTable)[];
  const compile = (rows: number) => conn.db
    .insertInto('cases')
    .values(Array.from({ length: rows }, () => sample))
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
  return batched(conn, keys, compile);
}
