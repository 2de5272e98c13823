import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, Kysely, Migrator, type QueryResult, SqliteDialect, SqliteDriver } from 'kysely';
import { migrationProvider } from './migrations/index';
import type { Database } from './schema';

export type DB = Kysely<Database>;

/** Kysely for every query; the raw handle only where a prepared statement runs a million times. */
export interface Connection {
  db: DB;
  raw: BetterSqlite3.Database;
  file: string;
}

export interface ConnectionOptions {
  /** Called once each time a write has to wait for another connection's write (an import's merge). */
  onWait?: () => void;
  /** How long a write waits for the write lock before it fails; an import's merge holds it for seconds at most. */
  maxWaitMs?: number;
}

export const DEFAULT_DATABASE = 'data/redline.db';

/** DATABASE_URL is a file path or a file: URL; relative paths are relative to the working directory. */
export function resolveDatabaseFile(url = process.env.DATABASE_URL || DEFAULT_DATABASE): string {
  if (url === ':memory:') return url;
  if (url.startsWith('file://')) return fileURLToPath(url);
  if (url.startsWith('file:')) return path.resolve(/*turbopackIgnore: true*/ url.slice('file:'.length).replace(/\?.*$/, ''));
  return path.resolve(/*turbopackIgnore: true*/ url);
}

/** SQLite waits this long in its own (blocking) busy handler before the wait goes on asynchronously. */
const BLOCKING_WAIT_MS = 50;
const DEFAULT_MAX_WAIT_MS = 120_000;

const isBusy = (e: unknown) => typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_BUSY');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for the write lock without blocking the event loop: a statement outside a transaction,
 * or a transaction's `begin immediate`, that finds the database busy is retried after a pause,
 * so the server keeps answering while an import merges. Transactions take the write lock when they
 * begin, so nothing inside one can find the database busy halfway.
 */
class WaitingConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly raw: BetterSqlite3.Database,
    private readonly opts: ConnectionOptions,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const deadline = Date.now() + (this.opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
    let told = false;
    for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
      try {
        return await this.inner.executeQuery<R>(query);
      } catch (e) {
        if (!isBusy(e) || this.raw.inTransaction || Date.now() > deadline) throw e;
        if (!told) {
          told = true;
          this.opts.onWait?.();
        }
        await sleep(pause);
      }
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class WaitingDriver extends SqliteDriver {
  constructor(
    config: ConstructorParameters<typeof SqliteDriver>[0],
    private readonly raw: BetterSqlite3.Database,
    private readonly opts: ConnectionOptions,
  ) {
    super(config);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    return new WaitingConnection(await super.acquireConnection(), this.raw, this.opts);
  }

  /** Deferred transactions that read, then write, fail at once when another connection wrote between. */
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class WaitingDialect extends SqliteDialect {
  constructor(
    private readonly raw: BetterSqlite3.Database,
    private readonly opts: ConnectionOptions,
  ) {
    super({ database: raw });
  }

  override createDriver() {
    return new WaitingDriver({ database: this.raw }, this.raw, this.opts);
  }
}

/** Runs the migrations only when one is pending, so that opening an up-to-date database never writes. */
async function migrate(db: DB, raw: BetterSqlite3.Database): Promise<void> {
  const known = Object.keys(await migrationProvider.getMigrations());
  const hasTable = raw.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (hasTable) {
    const done = new Set((raw.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name));
    if (known.every((n) => done.has(n))) return;
  }
  // Migrations written on parallel branches may land in either order: each runs once, by name.
  const { error, results } = await new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`);
  }
}

export async function openConnection(url?: string, opts: ConnectionOptions = {}): Promise<Connection> {
  const file = resolveDatabaseFile(url);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const raw = new BetterSqlite3(file, { timeout: BLOCKING_WAIT_MS });
  try {
    if (raw.pragma('journal_mode', { simple: true }) !== 'wal') raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new WaitingDialect(raw, opts) });
    await migrate(db, raw);
    return { db, raw, file };
  } catch (e) {
    raw.close();
    throw e;
  }
}

/**
 * Lets SQLite refresh its table statistics where they are missing or stale. Without them it
 * plans some report queries on the wrong index (the drivers query: 20 ms instead of 6 on 30,000
 * cases). Run by the importer after its merge, never on open: a read-only command must not need
 * the write lock.
 */
export function refreshStatistics(raw: BetterSqlite3.Database): void {
  raw.pragma('analysis_limit = 1000');
  raw.exec('PRAGMA optimize = 0x10002');
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
