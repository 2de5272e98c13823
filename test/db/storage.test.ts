/**
 * Deleting a shop gives its space back: the SQLite file and its write-ahead log shrink to about
 * what the other shops need (a file made before incremental vacuum is converted on the way), and
 * settings can say beforehand how much the shop takes. PostgreSQL vacuums the same tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type Connection, closeConnection, openConnection } from '@/lib/db/connection';
import { databaseBytes } from '@/lib/db/queries/storage';
import { sampleShop } from '@/lib/sample/model';
import { pddOrdersCsv } from '@/lib/sample/writers';
import { deleteShop, shopStorage } from '@/lib/shops/shops';
import { importPath, shopIn } from '../helpers/db';
import { tempDir, writeFile } from '../helpers/files';
import { freshPostgres, postgresAvailable } from '../helpers/postgres';

const pgUp = await postgresAvailable();
const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A year of a busy shop (about 40,000 orders) and a month of a small one. */
const big = writeFile(
  dir,
  'big.csv',
  pddOrdersCsv(sampleShop({ lastDay: '2026-06-30', days: 365, seed: 7, ordersPerDay: 110, caseRate: 0 })),
);
const small = writeFile(
  dir,
  'small.csv',
  pddOrdersCsv(sampleShop({ lastDay: '2026-06-30', days: 30, seed: 8, ordersPerDay: 20, caseRate: 0 })),
);
const onDisk = (file: string) =>
  [file, `${file}-wal`].reduce((n, f) => n + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
/** The pages the rows take, the log written back into the file. */
const pages = (conn: Connection, file: string) => {
  conn.raw.pragma('wal_checkpoint(TRUNCATE)');
  return onDisk(file);
};

for (const made of ['new', 'before incremental vacuum'] as const) {
  it(`SQLite (${made}): the file and its log shrink back when the big shop is deleted`, async () => {
    const file = path.join(dir, `${made === 'new' ? 'new' : 'old'}.db`);
    if (made !== 'new') {
      // A file from before: no incremental vacuum, WAL already on.
      const old = new BetterSqlite3(file);
      old.pragma('journal_mode = WAL');
      old.exec('create table legacy_note (x)');
      old.close();
    }
    const conn = await openConnection(file);
    try {
      expect((await importPath(conn, small, { shop: '小店' })).outcome).toBe('imported');
      const withSmall = pages(conn, file);
      expect((await importPath(conn, big, { shop: '大店' })).outcome).toBe('imported');
      expect(await databaseBytes(conn.db)).toBe(onDisk(file));
      const withBoth = pages(conn, file);
      expect(withBoth - withSmall).toBeGreaterThan(5_000_000);

      // Settings' estimate: most of the growth, and the small shop a small part of it.
      const bigBytes = await shopStorage(conn.db, await shopIn(conn, '大店'));
      const smallBytes = await shopStorage(conn.db, await shopIn(conn, '小店'));
      expect(bigBytes).toBeGreaterThan(0.5 * (withBoth - withSmall));
      expect(bigBytes).toBeLessThan(2 * (withBoth - withSmall));
      expect(smallBytes).toBeLessThan(bigBytes / 10);

      expect(await deleteShop(conn.db, await shopIn(conn, '大店'))).toBe(true);
      const after = onDisk(file);
      expect(after, `${withBoth} → ${after}`).toBeLessThan(withSmall + 1_000_000);
      expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
      // Incremental from now on (the conversion is done once), as a handle opened now reads it.
      const reader = new BetterSqlite3(file, { readonly: true });
      expect(reader.pragma('auto_vacuum', { simple: true })).toBe(2);
      reader.close();
      // The small shop is whole.
      const count = (q: string) => (conn.raw.prepare(q).get() as { n: number }).n;
      expect(count('select count(*) as n from orders')).toBe(
        count("select count(*) as n from orders o join shops s on s.id = o.shop_id where s.name = '小店'"),
      );
      expect(count('select count(*) as n from orders')).toBeGreaterThan(500);
      expect(await shopStorage(conn.db, await shopIn(conn, '小店'))).toBeGreaterThan(0);
    } finally {
      await closeConnection(conn);
    }
  });
}

describe.skipIf(!pgUp)('PostgreSQL', () => {
  it('says how much a shop takes, and deleting it vacuums its tables', async () => {
    const server = await freshPostgres();
    const conn = await openConnection(server.url);
    try {
      await importPath(conn, small, { shop: '小店' });
      await importPath(conn, big, { shop: '大店' });
      const bigBytes = await shopStorage(conn.db, await shopIn(conn, '大店'));
      const smallBytes = await shopStorage(conn.db, await shopIn(conn, '小店'));
      expect(bigBytes).toBeGreaterThan(2_000_000);
      expect(smallBytes).toBeLessThan(bigBytes / 10);
      expect(await deleteShop(conn.db, await shopIn(conn, '大店'))).toBe(true);
      expect(await databaseBytes(conn.db)).toBeGreaterThan(0);
      expect(await shopStorage(conn.db, await shopIn(conn, '小店'))).toBeGreaterThan(0);
    } finally {
      await closeConnection(conn);
      await server.drop();
    }
  });
});
