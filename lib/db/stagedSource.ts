/**
 * Where an import's merge reads its staged rows from. SQLite attaches the scratch file itself;
 * PostgreSQL, which cannot read a file on the app's machine, is sent the rows by COPY into a
 * temporary table of the merge's own connection, inside the merge's transaction but before it
 * takes the import lock.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Connection, DB } from './connection';
import { copyStaged, onClient } from './postgres';
import { STAGED_CASE_COLUMNS, STAGED_ORDER_COLUMNS } from './staging';

export interface StagedSource {
  /** The connection the merge runs on. */
  db: DB;
  /** The staged table, and the shop's table it merges into. */
  from: RawBuilder<unknown>;
  into: RawBuilder<unknown>;
  /** Run first in the merge's transaction. */
  load(trx: DB): Promise<void>;
  close(failed: boolean): Promise<void>;
}

export async function openStaged(
  conn: Connection,
  stagingFile: string,
  kind: 'orders' | 'afterSales',
): Promise<StagedSource> {
  const table = kind === 'orders' ? 'orders' : 'cases';
  if (conn.dialect === 'sqlite') {
    conn.raw.prepare('attach database ? as staged').run(stagingFile);
    return {
      db: conn.db,
      from: sql.raw(`staged.${table}`),
      into: sql.raw(`main.${table}`),
      load: async () => undefined,
      close: async () => void conn.raw.exec('detach database staged'),
    };
  }
  if (!conn.pool) throw new Error('a PostgreSQL connection without its pool');
  const client = await conn.pool.connect();
  const columns = kind === 'orders' ? STAGED_ORDER_COLUMNS : STAGED_CASE_COLUMNS;
  const temp = `staged_${table}`;
  return {
    db: onClient(client),
    from: sql.raw(temp),
    into: sql.raw(table),
    async load(trx) {
      await sql`create temp table ${sql.raw(temp)} on commit drop as
        select ${sql.raw(columns.join(', '))} from ${sql.raw(table)} where false`.execute(trx);
      await copyStaged(client, stagingFile, table, temp, columns);
    },
    // A connection that failed mid-way is closed rather than handed to the next caller.
    close: async (failed) => client.release(failed),
  };
}
