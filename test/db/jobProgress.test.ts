/**
 * An upload's progress as another app instance reads it: through its own connection to the same
 * database, on SQLite and on PostgreSQL. The receiving instance writes at most every 250 ms, at
 * once on a change of phase, and answers its own polls from memory with the latest figures.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, closeConnection, openConnection } from '@/lib/db/connection';
import { saveImportJob } from '@/lib/db/queries/saveImportJob';
import { JobProgressWriter, readJobProgress, storedJobProgress } from '@/lib/import/jobProgress';
import { tempDir } from '../helpers/files';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';

const pgUp = await postgresAvailable();

for (const backend of [
  { name: 'sqlite', skip: false },
  { name: 'postgres', skip: !pgUp },
] as const) {
  describe.skipIf(backend.skip)(backend.name, () => {
    let server: TestDatabase | null = null;
    let receiving: Connection;
    let other: Connection;
    beforeAll(async () => {
      server = backend.name === 'postgres' ? await freshPostgres() : null;
      const url = server?.url ?? path.join(tempDir(), 'redline.db');
      receiving = await openConnection(url);
      other = await openConnection(url);
    });
    afterAll(async () => {
      await closeConnection(receiving);
      await closeConnection(other);
      await server?.drop();
    });

    it('is read on another connection, written at most every 250 ms, done when finished', async () => {
      // A job last heard of 11 minutes ago is forgotten when the next upload starts.
      const start = Date.parse('2024-05-20T04:00:00.000Z');
      await saveImportJob(other.db, {
        job_id: 'old-job',
        phase: 'reading',
        bytes_read: 5,
        total_bytes: null,
        rows_read: 0,
        updated_at: new Date(start - 11 * 60_000).toISOString(),
      });
      let now = start;
      const job = new JobProgressWriter(
        receiving.db,
        'job-1',
        { phase: 'waiting', bytesRead: 0, totalBytes: 3_000_000_000 / 3, rowsRead: 0 },
        () => now,
      );
      await job.settled();
      expect(await storedJobProgress(other.db, 'old-job')).toBeNull();
      expect(await storedJobProgress(other.db, 'job-1')).toEqual({
        phase: 'waiting',
        bytesRead: 0,
        totalBytes: 1_000_000_000,
        rowsRead: 0,
      });

      // A new phase is written at once.
      job.update({ phase: 'reading', bytesRead: 65_536, totalBytes: 1_000_000_000, rowsRead: 400 });
      await job.settled();
      expect(await storedJobProgress(other.db, 'job-1')).toMatchObject({ phase: 'reading', bytesRead: 65_536 });

      // 100 ms later, the same phase: kept for the next write, 150 ms on; this instance knows it now.
      now += 100;
      job.update({ phase: 'reading', bytesRead: 131_072, totalBytes: 1_000_000_000, rowsRead: 800 });
      await job.settled();
      expect(await storedJobProgress(other.db, 'job-1')).toMatchObject({ bytesRead: 65_536, rowsRead: 400 });
      expect(await readJobProgress(receiving.db, 'job-1')).toMatchObject({ bytesRead: 131_072, rowsRead: 800 });

      // Nothing more comes for a while: the kept figures are written when their turn comes.
      await new Promise((r) => setTimeout(r, 400));
      await job.settled();
      expect(await storedJobProgress(other.db, 'job-1')).toMatchObject({ bytesRead: 131_072, rowsRead: 800 });

      // 250 ms after the last write: written at once.
      now += 250;
      job.update({ phase: 'reading', bytesRead: 999_999_999, totalBytes: 1_000_000_000, rowsRead: 7_000_001 });
      await job.settled();
      expect(await storedJobProgress(other.db, 'job-1')).toMatchObject({ bytesRead: 999_999_999, rowsRead: 7_000_001 });

      await job.finish('done');
      // Finished: this instance answers from the database too.
      expect(await readJobProgress(receiving.db, 'job-1')).toMatchObject({ phase: 'done' });
      expect(await storedJobProgress(other.db, 'job-1')).toEqual({
        phase: 'done',
        bytesRead: 999_999_999,
        totalBytes: 1_000_000_000,
        rowsRead: 7_000_001,
      });
      expect(await storedJobProgress(other.db, 'no-such-job')).toBeNull();
    });
  });
}
