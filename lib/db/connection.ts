import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, Migrator, sql } from 'kysely';
import { type DialectName, hasTable } from './dialect';
import { migrationProvider } from './migrations/index';
import { openPostgres } from './postgres';
import type { Database } from './schema';
import { type ConnectionOptions, openSqlite } from './sqlite';

export type { ConnectionOptions } from './sqlite';

export type DB = Kysely<Database>;

/** Kysely for every query; a dialect's own handle only where its own code needs it (lib/db). */
export interface Connection {
  db: DB;
  dialect: DialectName;
  /** What opens this database again (an import thread opens its own connection): the file, or the URL. */
  url: string;
  /** The SQLite file; on PostgreSQL, the default file's place, which only says where local scratch files go. */
  file: string;
  /** SQLite only: the write handle, for statements run a million times. Throws on PostgreSQL. */
  readonly raw: BetterSqlite3.Database;
  /** PostgreSQL only: the pool, for an import's merge on a connection of its own. */
  pool?: import('pg').Pool;
  /** Called when an import's merge has to wait for another's. */
  onWait?: () => void;
}

export const DEFAULT_DATABASE = 'data/redline.db';

export type DatabaseLocation = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

const SUPPORTED = 'a file path, file:, postgres:// or postgresql://';

/**
 * DATABASE_URL: `postgres://` or `postgresql://` is a PostgreSQL server; a file path or a `file:`
 * URL is a SQLite file (relative paths from the working directory). Any other scheme is refused,
 * never taken as a folder name.
 */
export function parseDatabaseUrl(url = process.env.DATABASE_URL || DEFAULT_DATABASE): DatabaseLocation {
  if (url === ':memory:') return { dialect: 'sqlite', file: url };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  if (url.startsWith('file://')) return { dialect: 'sqlite', file: fileURLToPath(url) };
  if (url.startsWith('file:'))
    return {
      dialect: 'sqlite',
      file: path.resolve(/*turbopackIgnore: true*/ url.slice('file:'.length).replace(/\?.*$/, '')),
    };
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1];
  // One letter before the colon is a Windows drive (C:\data\redline.db).
  if (scheme) throw new Error(`DATABASE_URL: "${scheme}:" is not supported; use ${SUPPORTED}`);
  return { dialect: 'sqlite', file: path.resolve(/*turbopackIgnore: true*/ url) };
}

/** The SQLite file of DATABASE_URL; for PostgreSQL, the default file's (the place of local scratch files). */
export function resolveDatabaseFile(url?: string): string {
  const at = parseDatabaseUrl(url);
  return at.dialect === 'sqlite' ? at.file : path.resolve(/*turbopackIgnore: true*/ DEFAULT_DATABASE);
}

/** Runs the migrations only when one is pending, so that opening an up-to-date database never writes. */
async function migrate(db: DB): Promise<void> {
  const known = Object.keys(await migrationProvider.getMigrations());
  if (await hasTable(db, 'kysely_migration')) {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const done = new Set(rows.rows.map((r) => r.name));
    if (known.every((n) => done.has(n))) return;
  }
  // Migrations written on parallel branches may land in either order: each runs once, by name.
  const { error, results } = await new Migrator({
    db,
    provider: migrationProvider,
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`);
  }
}

function sqliteOnly(): never {
  throw new Error('this connection is PostgreSQL: a SQLite handle was asked for');
}

export async function openConnection(url?: string, opts: ConnectionOptions = {}): Promise<Connection> {
  const at = parseDatabaseUrl(url);
  if (at.dialect === 'postgres') {
    const { db, pool } = openPostgres(at.url);
    try {
      await migrate(db);
    } catch (e) {
      await db.destroy();
      throw e;
    }
    return {
      db,
      dialect: 'postgres',
      url: at.url,
      file: resolveDatabaseFile(at.url),
      get raw() {
        return sqliteOnly();
      },
      pool,
      onWait: opts.onWait,
    };
  }
  const { file } = at;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const { db, raw } = openSqlite(file, opts);
  try {
    await migrate(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return { db, dialect: 'sqlite', url: file, file, raw, onWait: opts.onWait };
}

/**
 * Lets the database refresh its table statistics where they are missing or stale. Without them
 * SQLite plans some report queries on the wrong index (the drivers query: 20 ms instead of 6 on
 * 30,000 cases). Run by the importer after its merge, never on open: a read-only command must not
 * need the write lock.
 */
export async function refreshStatistics(conn: Connection): Promise<void> {
  if (conn.dialect === 'postgres') {
    await sql`analyze orders, cases, daily`.execute(conn.db);
    return;
  }
  conn.raw.pragma('analysis_limit = 1000');
  conn.raw.exec('PRAGMA optimize = 0x10002');
}

export async function closeConnection(conn: Connection): Promise<void> {
  await conn.db.destroy();
}

let shared: Promise<Connection> | undefined;

/** The server's one connection, opened (and migrated) on first use. Imports write through their own. */
export function getConnection(): Promise<Connection> {
  if (!shared) {
    shared = openConnection().catch((e) => {
      shared = undefined;
      throw e;
    });
  }
  return shared;
}
