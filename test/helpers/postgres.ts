/**
 * The PostgreSQL server the tests use: REDLINE_TEST_DATABASE_URL, else the development machines'
 * local one. Each run makes databases of its own there and drops them after. Where no server
 * answers, the PostgreSQL tests say so in one line and are skipped; under CI=true that is a failure.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_SERVER = process.env.REDLINE_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether the server answers; said once, in one line, when it does not. */
export async function postgresAvailable(): Promise<boolean> {
  const why = await answers(TEST_SERVER);
  if (!why) return true;
  const where = new URL(TEST_SERVER).host;
  if (process.env.CI === 'true') throw new Error(`no PostgreSQL server at ${where} (CI=true needs one): ${why}`);
  console.warn(`PostgreSQL tests skipped: no server at ${where} (${why}); set REDLINE_TEST_DATABASE_URL`);
  return false;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test server. */
export async function freshPostgres(): Promise<TestDatabase> {
  const name = `redline_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_SERVER });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
