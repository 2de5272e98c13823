/**
 * The embedded database: one SQLite file, with a handle for writes and one for reads. Everything
 * here is SQLite's own; connection.ts picks it for a file path or a file: URL.
 */
import BetterSqlite3 from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type QueryResult,
  SqliteDialect,
} from 'kysely';
import type { Database } from './schema';

export interface ConnectionOptions {
  /** Called once each time a write has to wait for another connection's write (an import's merge). */
  onWait?: () => void;
  /** How long a write waits for the write lock before it fails; an import's merge holds it for seconds at most. */
  maxWaitMs?: number;
}

/** SQLite waits this long in its own (blocking) busy handler before the wait goes on asynchronously. */
const BLOCKING_WAIT_MS = 50;
const DEFAULT_MAX_WAIT_MS = 120_000;

const isBusy = (e: unknown) =>
  typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_BUSY');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writers of one connection take turns: a transaction is never shared with another caller. */
class Turns {
  private tail: Promise<void> = Promise.resolve();
  async take(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const before = this.tail;
    this.tail = before.then(() => mine);
    await before;
    return release;
  }
}

function run(db: BetterSqlite3.Database, query: CompiledQuery, prepared?: BetterSqlite3.Statement): QueryResult<never> {
  const stmt = prepared ?? db.prepare(query.sql);
  if (stmt.reader) return { rows: stmt.all(query.parameters as unknown[]) as never[] };
  const { changes, lastInsertRowid } = stmt.run(query.parameters as unknown[]);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/**
 * Two handles on one database file: statements that only read go to the read handle at once, so a
 * page never queues behind a write; everything else (transactions, writes) goes to the write handle,
 * one caller at a time. A write that finds the database busy (an import's merge, in another thread
 * or process) waits for it without blocking the event loop: `begin immediate` and statements
 * outside a transaction are retried after a pause. Transactions take the write lock when they
 * begin, so nothing inside one can find the database busy halfway.
 */
class SplitConnection implements DatabaseConnection {
  private release: (() => void) | null = null;

  constructor(
    private readonly raw: BetterSqlite3.Database,
    private readonly readRaw: BetterSqlite3.Database | null,
    private readonly turns: Turns,
    private readonly opts: ConnectionOptions,
  ) {}

  private async waiting<R>(work: () => R): Promise<R> {
    const deadline = Date.now() + (this.opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
    let told = false;
    for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
      try {
        return work();
      } catch (e) {
        if (!isBusy(e) || Date.now() > deadline) throw e;
        if (!told) {
          told = true;
          this.opts.onWait?.();
        }
        await sleep(pause);
      }
    }
  }

  async begin(): Promise<void> {
    const release = await this.turns.take();
    try {
      await this.waiting(() => this.raw.exec('begin immediate'));
      this.release = release;
    } catch (e) {
      release();
      throw e;
    }
  }

  async end(command: 'commit' | 'rollback'): Promise<void> {
    try {
      this.raw.exec(command);
    } finally {
      const release = this.release;
      this.release = null;
      release?.();
    }
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.release) return run(this.raw, query) as QueryResult<R>;
    if (this.readRaw) {
      const stmt = this.readRaw.prepare(query.sql);
      if (stmt.readonly) return run(this.readRaw, query, stmt) as QueryResult<R>;
    }
    const release = await this.turns.take();
    try {
      return (await this.waiting(() => run(this.raw, query))) as QueryResult<R>;
    } finally {
      release();
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const db = this.release ? this.raw : (this.readRaw ?? this.raw);
    for (const row of db.prepare(query.sql).iterate(query.parameters as unknown[])) yield { rows: [row as R] };
  }
}

class SplitDriver implements Driver {
  private readonly turns = new Turns();

  constructor(
    private readonly raw: BetterSqlite3.Database,
    private readonly readRaw: BetterSqlite3.Database | null,
    private readonly opts: ConnectionOptions,
  ) {}

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new SplitConnection(this.raw, this.readRaw, this.turns, this.opts);
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SplitConnection).begin();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SplitConnection).end('commit');
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SplitConnection).end('rollback');
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    this.readRaw?.close();
    this.raw.close();
  }
}

class SplitDialect extends SqliteDialect {
  constructor(
    private readonly raw: BetterSqlite3.Database,
    private readonly readRaw: BetterSqlite3.Database | null,
    private readonly opts: ConnectionOptions,
  ) {
    super({ database: raw });
  }

  override createDriver(): Driver {
    return new SplitDriver(this.raw, this.readRaw, this.opts);
  }
}

export function openSqlite(
  file: string,
  opts: ConnectionOptions,
): { db: Kysely<Database>; raw: BetterSqlite3.Database } {
  const raw = new BetterSqlite3(file, { timeout: BLOCKING_WAIT_MS });
  let readRaw: BetterSqlite3.Database | null = null;
  try {
    // A new file frees the pages of deleted shops on request (incremental vacuum); it must be set before any table.
    if (raw.pragma('page_count', { simple: true }) === 0) raw.pragma('auto_vacuum = INCREMENTAL');
    if (raw.pragma('journal_mode', { simple: true }) !== 'wal') raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    // Reads get a handle of their own (an in-memory database has only the one).
    readRaw = file === ':memory:' ? null : new BetterSqlite3(file, { timeout: BLOCKING_WAIT_MS });
    return { db: new Kysely<Database>({ dialect: new SplitDialect(raw, readRaw, opts) }), raw };
  } catch (e) {
    readRaw?.close();
    raw.close();
    throw e;
  }
}
