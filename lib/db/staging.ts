/**
 * An import's staging area: a SQLite file of its own in the import's scratch folder, written while
 * the file is read and holding no lock on the shop's database. Rows end up keyed as in the shop's
 * tables, so a file's repeated rows are settled here (a duplicate replaces, a line item adds to
 * its order), and the merge reads them in key order. Nothing is synced: the file is thrown away
 * whatever happens.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { CaseTable, OrderTable } from './schema';

export type StagedOrder = Omit<OrderTable, 'shop_id' | 'import_id'>;
export type StagedCase = Omit<CaseTable, 'shop_id' | 'import_id'>;

const ORDER_KEYS = ['order_no', 'paid_at', 'paid_day', 'shipped_day', 'received_day', 'status', 'amount_cents', 'product', 'courier'] as const;
const CASE_KEYS = [
  'case_no', 'order_no', 'applied_at', 'applied_day', 'completed_at', 'completed_day', 'status', 'intervened_status', 'type', 'reason',
  'product', 'deadline_at', 'amount_cents', 'responsible', 'intervened', 'platform_initiated',
] as const;

/** Rows per statement: one statement per row costs more in calls than SQLite spends storing it. */
const ROWS_PER_STATEMENT = 64;

export interface Staging<T> {
  add(row: T): void;
  /** Writes what is held, commits, and returns how many distinct rows are staged. */
  finish(): number;
  close(): void;
}

function open(file: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = FILE');
  return db;
}

/**
 * Rows are appended as they arrive (cheap, in file order); `finish` then sorts them once into the
 * keyed table, settling repeated rows in file order by the same upsert the shop's table uses. A
 * keyed table filled in file order costs a random B-tree insert per row: four times as long.
 */
function stage<T extends object>(db: BetterSqlite3.Database, table: string, columns: string, keys: readonly (keyof T & string)[], upsert: string): Staging<T> {
  db.exec(`create table arrived (${columns.replace(/ primary key/, '')}); create table ${table} (${columns}) without rowid; begin`);
  const statement = (rows: number) =>
    db.prepare(`insert into arrived (${keys.join(', ')}) values ${Array.from({ length: rows }, () => `(${keys.map(() => '?').join(', ')})`).join(', ')}`);
  const many = statement(ROWS_PER_STATEMENT);
  const one = statement(1);
  const args: unknown[] = new Array(keys.length * ROWS_PER_STATEMENT);
  let held = 0;
  return {
    add(row) {
      const base = held * keys.length;
      for (let i = 0; i < keys.length; i++) args[base + i] = row[keys[i]];
      if (++held === ROWS_PER_STATEMENT) {
        many.run(args);
        held = 0;
      }
    },
    finish() {
      for (let r = 0; r < held; r++) one.run(args.slice(r * keys.length, (r + 1) * keys.length));
      held = 0;
      const cols = keys.join(', ');
      db.exec(`insert into ${table} (${cols}) select ${cols} from arrived where true order by ${keys[0]}, rowid on conflict do update set ${upsert}`);
      db.exec('drop table arrived; commit');
      return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    },
    close: () => db.close(),
  };
}

/**
 * In an export with one row per line item (JD, Douyin), the rows of one order are its items: their
 * amounts add up and the first product names the order. Elsewhere a repeated row is a duplicate.
 */
export function stageOrders(file: string, lineItems: boolean): Staging<StagedOrder> {
  return stage<StagedOrder>(
    open(file),
    'orders',
    `order_no text primary key, paid_at text, paid_day text, shipped_day text, received_day text,
      status text not null, amount_cents integer, product text not null, courier text not null`,
    ORDER_KEYS,
    `paid_at = coalesce(excluded.paid_at, orders.paid_at), paid_day = coalesce(excluded.paid_day, orders.paid_day),
     shipped_day = coalesce(excluded.shipped_day, orders.shipped_day), received_day = coalesce(excluded.received_day, orders.received_day),
     status = excluded.status,
     amount_cents = ${lineItems ? 'coalesce(orders.amount_cents, 0) + coalesce(excluded.amount_cents, 0)' : 'excluded.amount_cents'},
     product = ${lineItems ? "case when orders.product <> '' then orders.product else excluded.product end" : "coalesce(nullif(excluded.product, ''), orders.product)"},
     courier = coalesce(nullif(excluded.courier, ''), orders.courier)`,
  );
}

/** A case repeated in one file: the later row wins, but an intervention once shown stays. */
export function stageCases(file: string): Staging<StagedCase> {
  return stage<StagedCase>(
    open(file),
    'cases',
    `case_no text primary key, order_no text not null, applied_at text, applied_day text, completed_at text,
      completed_day text, status text not null, intervened_status text, type text not null, reason text not null, product text not null,
      deadline_at text, amount_cents integer, responsible text not null, intervened integer not null, platform_initiated integer not null`,
    CASE_KEYS,
    CASE_UPDATE('cases'),
  );
}

/** How a newer row of a case updates an older one; shared by the staging and the merge. */
export const CASE_UPDATE = (t: string) => `order_no = excluded.order_no,
  applied_at = coalesce(excluded.applied_at, ${t}.applied_at), applied_day = coalesce(excluded.applied_day, ${t}.applied_day),
  completed_at = coalesce(excluded.completed_at, ${t}.completed_at), completed_day = coalesce(excluded.completed_day, ${t}.completed_day),
  status = excluded.status, intervened_status = coalesce(excluded.intervened_status, ${t}.intervened_status),
  type = excluded.type, reason = excluded.reason, product = excluded.product, deadline_at = excluded.deadline_at,
  amount_cents = excluded.amount_cents, responsible = excluded.responsible,
  intervened = case when ${t}.intervened = 1 or excluded.intervened = 1 then 1 else 0 end,
  platform_initiated = case when ${t}.platform_initiated = 1 or excluded.platform_initiated = 1 then 1 else 0 end`;

export const STAGED_ORDER_COLUMNS = ORDER_KEYS;
export const STAGED_CASE_COLUMNS = CASE_KEYS;
