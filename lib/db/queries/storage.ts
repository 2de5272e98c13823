import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { DB } from '../connection';
import { dialectOf } from '../dialect';

/** The tables that hold a shop's rows in bulk: all but a few kilobytes of what a shop takes. */
const SHOP_TABLES = ['orders', 'cases', 'daily', 'replaced_orders', 'replaced_cases'] as const;

/** Bytes the database takes on disk: SQLite's file and its write-ahead log; PostgreSQL's database. */
export async function databaseBytes(db: DB): Promise<number> {
  if (dialectOf(db) === 'postgres') {
    const r = await sql<{ n: string }>`select pg_database_size(current_database())::text as n`.execute(db);
    return Number(r.rows[0].n);
  }
  const r = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db);
  const file = r.rows[0]?.file;
  if (!file) return 0;
  const size = (p: string) => (fs.existsSync(p) ? fs.statSync(p).size : 0);
  return size(file) + size(`${file}-wal`);
}

/**
 * About how many bytes a shop's rows take: each bulk table's size (its indexes included) shared
 * out by the shop's part of its rows.
 */
export async function shopBytes(db: DB, shopId: number): Promise<number> {
  const sizes = await tableBytes(db);
  let total = 0;
  for (const table of SHOP_TABLES) {
    const bytes = sizes.get(table) ?? 0;
    if (bytes === 0) continue;
    const counts = await sql<{ mine: number | string; all: number | string }>`select
        count(*) filter (where shop_id = ${shopId}) as mine, count(*) as ${sql.ref('all')} from ${sql.table(table)}`.execute(
      db,
    );
    const all = Number(counts.rows[0].all);
    if (all > 0) total += (bytes * Number(counts.rows[0].mine)) / all;
  }
  return Math.round(total);
}

/** The bulk tables' sizes, indexes included; on SQLite one pass over the file's page counts. */
async function tableBytes(db: DB): Promise<Map<string, number>> {
  if (dialectOf(db) === 'postgres') {
    const sizes = new Map<string, number>();
    for (const table of SHOP_TABLES) {
      const r = await sql<{
        n: string;
      }>`select coalesce(pg_total_relation_size(to_regclass(${table})), 0)::text as n`.execute(db);
      sizes.set(table, Number(r.rows[0]?.n ?? 0));
    }
    return sizes;
  }
  // dbstat's aggregate form: one row per table or index, not one per page.
  const r = await sql<{ t: string; n: number }>`select s.tbl_name as t, sum(d.pgsize) as n
      from dbstat('main', 1) d join sqlite_schema s on s.name = d.name group by s.tbl_name`.execute(db);
  return new Map(r.rows.map((x) => [x.t, Number(x.n)]));
}

const isBusy = (e: unknown) => String((e as { code?: unknown })?.code ?? '').startsWith('SQLITE_BUSY');

/**
 * Gives the space of deleted rows back. SQLite: frees the empty pages (a file made before
 * incremental vacuum is converted once, by a full VACUUM) and truncates the write-ahead log, on a
 * handle of its own (a pragma's setting belongs to the handle that runs the VACUUM), waiting for
 * a merge that holds the write lock without blocking the server. PostgreSQL: vacuums the bulk
 * tables so their space is reused (the server keeps its files).
 */
export async function reclaimSpace(db: DB): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    for (const table of SHOP_TABLES) await sql`vacuum ${sql.table(table)}`.execute(db);
    return;
  }
  const r = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db);
  const file = r.rows[0]?.file;
  if (!file) return;
  const handle = new BetterSqlite3(file, { timeout: 50 });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        // exec, not a prepared run(): run() steps an incremental vacuum once, freeing one page.
        if (handle.pragma('auto_vacuum', { simple: true }) !== 2)
          handle.exec('pragma auto_vacuum = incremental; vacuum');
        else handle.exec('pragma incremental_vacuum');
        handle.pragma('wal_checkpoint(TRUNCATE)');
        return;
      } catch (e) {
        if (!isBusy(e) || Date.now() > deadline) throw e;
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  } finally {
    handle.close();
  }
}
