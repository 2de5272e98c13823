/**
 * A PostgreSQL server: a pool of connections for the app's queries, and for an import's merge one
 * connection of its own, on which the staged rows are copied in and merged in one transaction.
 * Everything here is PostgreSQL's own; connection.ts picks it for a postgres:// URL.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './schema';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Counts (`count(*)` is a bigint) and sums (numeric) come back as numbers, as they do on SQLite:
 * every figure here is far below 2^53.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export function openPostgres(url: string): { db: Kysely<Database>; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  // A connection the server drops while idle is replaced by the pool; it must not end the process.
  pool.on('error', (e) => console.error('[db] idle PostgreSQL connection:', e.message));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
}

/** Kysely on one checked-out connection: its transaction, its temporary tables and its COPY share the session. */
export function onClient(client: pg.PoolClient): Kysely<Database> {
  const pool = { connect: async () => ({ query: client.query.bind(client), release() {} }), end: async () => {} };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as never }) });
}

/** COPY's text format: a tab between values, \N for null, backslash escapes. */
const copyText = (v: unknown) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

/** Bytes gathered before a write to the COPY stream: fewer, larger writes. */
const COPY_CHUNK = 256 * 1024;

/**
 * Copies an import's staged rows (its scratch SQLite file, already settled: one row per key) into
 * a table of this session. COPY sends them as one stream, with no statement or parameter limit
 * per batch; multi-row inserts were not measured against it. (Measured: 200,000 rows copied in
 * about 1.8 s on the 2-core machine; the upsert after it takes 3.8 s, about what a plain
 * `insert … select` of the same rows takes there.)
 */
export async function copyStaged(
  client: pg.PoolClient,
  stagingFile: string,
  table: string,
  into: string,
  columns: readonly string[],
): Promise<void> {
  const staged = new BetterSqlite3(stagingFile, { readonly: true });
  try {
    const rows = staged
      .prepare(`select ${columns.join(', ')} from ${table}`)
      .raw()
      .iterate() as Iterable<unknown[]>;
    const stream = client.query(copyFrom(`copy ${into} (${columns.join(', ')}) from stdin`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    let chunk = '';
    for (const row of rows) {
      chunk += `${row.map(copyText).join('\t')}\n`;
      if (chunk.length >= COPY_CHUNK) {
        if (!stream.write(chunk)) await Promise.race([new Promise((r) => stream.once('drain', r)), done]);
        chunk = '';
      }
    }
    stream.end(chunk);
    await done;
  } finally {
    staged.close();
  }
}

/**
 * Makes the database `url` names when the server has none of that name (`db copy` to a new
 * server), through the server's `postgres` database. Whether it was missing.
 */
export async function createPostgresDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return false;
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}
