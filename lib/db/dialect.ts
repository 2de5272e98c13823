/**
 * Every place where SQLite and PostgreSQL need different SQL, one function per difference. Query
 * files stay dialect-neutral and call these; nothing else in lib/ asks which database it is on.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

// biome-ignore lint/suspicious/noExplicitAny: migrations and queries pass their own Kysely, typed or not.
type AnyDb = Kysely<any>;

export const dialectOf = (db: AnyDb): DialectName =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';

const onPostgres = (db: AnyDb) => dialectOf(db) === 'postgres';

/** A column of floating-point numbers (rates): PostgreSQL's `real` is single precision, 0.03 would come back 0.0299999993. */
export const floatType = (db: AnyDb) => (onPostgres(db) ? 'double precision' : 'real');

/** An integer primary key the database numbers by itself. */
export const autoId = (db: AnyDb) => (c: ColumnDefinitionBuilder) =>
  onPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

/** A table stored in its primary key's order (SQLite); PostgreSQL has no such table and needs none. */
export const clusteredByKey = (db: AnyDb): RawBuilder<unknown> => (onPostgres(db) ? sql`` : sql`without rowid`);

export async function hasTable(db: AnyDb, name: string): Promise<boolean> {
  const r = onPostgres(db)
    ? await sql<{ t: string | null }>`select to_regclass(${name})::text as t`.execute(db)
    : await sql<{ t: string }>`select name as t from sqlite_master where type = 'table' and name = ${name}`.execute(db);
  return r.rows.length > 0 && r.rows[0].t !== null;
}

/**
 * 0009: when an import takes a row over from an earlier one (import_id grows), the row as it was
 * goes into `replaced_<table>` under the import that replaced it. SQLite runs a statement as its
 * trigger; PostgreSQL runs a function.
 */
export async function keepReplacedRows(db: AnyDb, table: 'orders' | 'cases', columns: string): Promise<void> {
  const copy = `replaced_${table}`;
  const old = columns
    .split(', ')
    .map((c) => `old.${c}`)
    .join(', ');
  await sql`create table ${sql.raw(copy)} as select 0 as replaced_by, ${sql.raw(columns)} from ${sql.raw(table)} where false`.execute(
    db,
  );
  const key = table === 'orders' ? 'order_no' : 'case_no';
  await sql`create index ${sql.raw(`${copy}_by_import`)} on ${sql.raw(copy)} (replaced_by, shop_id, ${sql.raw(key)})`.execute(
    db,
  );
  await sql`create index ${sql.raw(`${copy}_of_import`)} on ${sql.raw(copy)} (import_id)`.execute(db);
  const trigger = sql.raw(`${table}_keep_replaced`);
  const insert = sql.raw(`insert into ${copy} (replaced_by, ${columns}) values (new.import_id, ${old})`);
  if (!onPostgres(db)) {
    await sql`create trigger ${trigger} after update of import_id on ${sql.raw(table)}
      when new.import_id > old.import_id
      begin ${insert}; end`.execute(db);
    return;
  }
  await sql`create function ${trigger}() returns trigger language plpgsql as $$
    begin ${insert}; return null; end $$`.execute(db);
  await sql`create trigger ${trigger} after update of import_id on ${sql.raw(table)}
    for each row when (new.import_id > old.import_id) execute function ${trigger}()`.execute(db);
}

/** Any numbers, the same in every instance: the advisory locks that writers of one kind take turns on. */
const TURNS = { imports: 7_318_372, passwordTries: 7_318_373 } as const;

/**
 * Writers of one kind go one at a time, across every process and instance on the database, for
 * the rest of the transaction: imports (and undos), and the password throttle's check-then-count.
 * SQLite: the transaction took the one write lock when it began (`begin immediate`), nothing to
 * do. PostgreSQL: an advisory lock held until the transaction ends; readers never wait for it.
 */
export async function takeTurns(trx: AnyDb, what: keyof typeof TURNS, onWait?: () => void): Promise<void> {
  if (!onPostgres(trx)) return;
  const key = sql.lit(TURNS[what]);
  const got = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${key}) as ok`.execute(trx);
  if (got.rows[0]?.ok) return;
  onWait?.();
  await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}
