/**
 * `npm run bench -- --pg`: the same 1,000,000-order import and the same year's report on
 * PostgreSQL, in the same run as SQLite's, so the two are measured on the same machine at the same
 * moment. The server is REDLINE_TEST_DATABASE_URL's (else the local one); the bench makes a
 * database of its own there and drops it after. The report's shop is seeded once, on SQLite, and
 * moved over with `db copy`'s own code, which is timed too.
 */
import { closeConnection, openConnection, refreshStatistics } from '../lib/db/connection';
import { copyShops } from '../lib/db/copyShops';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../test/helpers/postgres';
import { METRICS_SHOP } from './metrics';

export async function benchDatabase(): Promise<TestDatabase> {
  if (!(await postgresAvailable())) throw new Error('--pg: no PostgreSQL server answers (REDLINE_TEST_DATABASE_URL)');
  return freshPostgres();
}

/** Copies the report's shop from the SQLite file to PostgreSQL; how long it took, and its orders. */
export async function copyMetricsShop(sqliteFile: string, url: string): Promise<{ ms: number; orders: number }> {
  const target = await openConnection(url);
  try {
    const started = performance.now();
    const [copied] = await copyShops(sqliteFile, target.db, METRICS_SHOP);
    const ms = performance.now() - started;
    // As the importer does after its merge: the planner's statistics for the new rows.
    await refreshStatistics(target);
    return { ms, orders: copied.orders };
  } finally {
    await closeConnection(target);
  }
}
