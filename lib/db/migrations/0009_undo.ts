import { type Kysely, type Migration, sql } from 'kysely';

const ORDER_COLUMNS =
  'shop_id, order_no, paid_at, paid_day, shipped_day, received_day, status, amount_cents, product, courier, import_id, from_items';
const CASE_COLUMNS =
  'shop_id, case_no, order_no, applied_at, applied_day, completed_at, completed_day, status, intervened_status, type, reason, product, deadline_at, amount_cents, responsible, intervened, platform_initiated, import_id';

/**
 * Undoing one import (it went into the wrong shop): the rows it created go, the rows it took over
 * go back to what they were. When an import takes a row over from an earlier one, a trigger keeps
 * the row as it was, under the import that replaced it; only rows that change are kept, so an
 * import that changes nothing costs nothing. Imports only move forward (a larger id replaces a
 * smaller); an undo moves a row back, which keeps nothing.
 */
export const m0009_undo: Migration = {
  async up(db: Kysely<any>) {
    await sql`create table replaced_orders as select 0 as replaced_by, ${sql.raw(ORDER_COLUMNS)} from orders where 0`.execute(
      db,
    );
    await sql`create index replaced_orders_by_import on replaced_orders (replaced_by, shop_id, order_no)`.execute(db);
    await sql`create index replaced_orders_of_import on replaced_orders (import_id)`.execute(db);
    await sql`create table replaced_cases as select 0 as replaced_by, ${sql.raw(CASE_COLUMNS)} from cases where 0`.execute(
      db,
    );
    await sql`create index replaced_cases_by_import on replaced_cases (replaced_by, shop_id, case_no)`.execute(db);
    await sql`create index replaced_cases_of_import on replaced_cases (import_id)`.execute(db);
    const old = (cols: string) =>
      cols
        .split(', ')
        .map((c) => `old.${c}`)
        .join(', ');
    await sql`create trigger orders_keep_replaced after update of import_id on orders
      when new.import_id > old.import_id
      begin insert into replaced_orders (replaced_by, ${sql.raw(ORDER_COLUMNS)})
        values (new.import_id, ${sql.raw(old(ORDER_COLUMNS))}); end`.execute(db);
    await sql`create trigger cases_keep_replaced after update of import_id on cases
      when new.import_id > old.import_id
      begin insert into replaced_cases (replaced_by, ${sql.raw(CASE_COLUMNS)})
        values (new.import_id, ${sql.raw(old(CASE_COLUMNS))}); end`.execute(db);
  },
};
