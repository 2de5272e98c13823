/**
 * The alert tables on both databases, and the sending lease: of two instances asking at once, one
 * gets it; the other gets it once it is given back or has expired, never while it is held.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type Connection, closeConnection, openConnection } from '@/lib/db/connection';
import { releaseAlertLease, takeAlertLease } from '@/lib/db/queries/alertLease';
import { freshDb } from '../helpers/db';
import { tempDir } from '../helpers/files';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';

const pgUp = await postgresAvailable();
const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-01T00:10:00.000Z';
const T2 = '2026-01-01T00:20:00.000Z';
const T3 = '2026-01-01T00:30:00.000Z';

async function leaseRules(a: Connection, b: Connection) {
  const [ga, gb] = await Promise.all([
    takeAlertLease(a.db, 'alerts', 'A', T0, T1),
    takeAlertLease(b.db, 'alerts', 'B', T0, T1),
  ]);
  expect([ga, gb].filter(Boolean)).toHaveLength(1);
  const [holder, other] = ga
    ? [
        { id: 'A', c: a },
        { id: 'B', c: b },
      ]
    : [
        { id: 'B', c: b },
        { id: 'A', c: a },
      ];
  // Held: the other cannot take it; the holder can renew it.
  expect(await takeAlertLease(other.c.db, 'alerts', other.id, T0, T1)).toBe(false);
  expect(await takeAlertLease(holder.c.db, 'alerts', holder.id, T0, T1)).toBe(true);
  // Expired: the other takes it over.
  expect(await takeAlertLease(other.c.db, 'alerts', other.id, T2, T3)).toBe(true);
  expect(await takeAlertLease(holder.c.db, 'alerts', holder.id, T2, T3)).toBe(false);
  // Given back: free for anyone at once.
  await releaseAlertLease(other.c.db, 'alerts', other.id);
  expect(await takeAlertLease(holder.c.db, 'alerts', holder.id, T2, T3)).toBe(true);
}

describe('the sending lease', () => {
  it('SQLite: two connections to one file', async () => {
    const dir = tempDir();
    const a = await freshDb(dir);
    const b = await freshDb(dir);
    try {
      await leaseRules(a, b);
    } finally {
      await closeConnection(a);
      await closeConnection(b);
    }
  });

  describe.skipIf(!pgUp)('PostgreSQL', () => {
    let pg: TestDatabase;
    afterAll(async () => pg?.drop());
    it('two pools on one database', async () => {
      pg = await freshPostgres();
      const a = await openConnection(pg.url);
      const b = await openConnection(pg.url);
      try {
        await leaseRules(a, b);
      } finally {
        await closeConnection(a);
        await closeConnection(b);
      }
    });
  });
});
