import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations/index';
import type { Database } from './schema';

export type DB = Kysely<Database>;

/** Kysely for every query; the raw handle only where a prepared statement runs a million times. */
export interface Connection {
  db: DB;
  raw: BetterSqlite3.Database;
  file: string;
}

export const DEFAULT_DATABASE = 'data/redline.db';

/** DATABASE_URL is a file path or a file: URL; relative paths are relative to the working directory. */
export function resolveDatabaseFile(url = process.env.DATABASE_URL || DEFAULT_DATABASE): string {
  if (url === ':memory:') return url;
  if (url.startsWith('file://')) return fileURLToPath(url);
  if (url.startsWith('file:')) return path.resolve(/*turbopackIgnore: true*/ url.slice('file:'.length).replace(/\?.*$/, ''));
  return path.resolve(/*turbopackIgnore: true*/ url);
}

export async function openConnection(url?: string): Promise<Connection> {
  const file = resolveDatabaseFile(url);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    raw.close();
    throw new Error(`Database migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`);
  }
  refreshStatistics(raw);
  return { db, raw, file };
}

/**
 * Lets SQLite refresh its table statistics where they are missing or stale. Without them it
 * plans some report queries on the wrong index (the drivers query: 20 ms instead of 6 on 30,000
 * cases). Cheap when nothing changed; bounded by analysis_limit when something did.
 */
export function refreshStatistics(raw: BetterSqlite3.Database): void {
  raw.pragma('analysis_limit = 1000');
  raw.exec('PRAGMA optimize = 0x10002');
}

export async function closeConnection(conn: Connection): Promise<void> {
  await conn.db.destroy();
}

let shared: Promise<Connection> | undefined;

/** The server's one connection, opened (and migrated) on first use. */
export function getConnection(): Promise<Connection> {
  if (!shared) {
    shared = openConnection().catch((e) => {
      shared = undefined;
      throw e;
    });
  }
  return shared;
}
