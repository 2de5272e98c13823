/**
 * An upload's progress, where every app instance on the database can read it: the page polls
 * whichever instance the load balancer picks, not necessarily the one receiving the bytes. The
 * receiving instance writes it to `import_jobs` at most every PROGRESS_WRITE_MS (and at each change
 * of phase), one write at a time, only the latest figures; it also keeps them in memory, so a poll
 * that lands on it sees them at once, even while a merge holds SQLite's write lock.
 */
import type { DB } from '../db/connection';
import { deleteStaleImportJobs } from '../db/queries/deleteStaleImportJobs';
import { findImportJob } from '../db/queries/findImportJob';
import { saveImportJob } from '../db/queries/saveImportJob';
import type { ImportProgress } from './summary';

export type JobPhase = 'waiting' | ImportProgress['phase'];
export interface JobProgress {
  phase: JobPhase;
  bytesRead: number;
  totalBytes: number | null;
  rowsRead: number;
}

export const PROGRESS_WRITE_MS = 250;
/** A page that stopped polling this long ago never asks again. */
const FORGET_MS = 10 * 60_000;

// Keyed on globalThis: Next gives each route its own copy of this module, and the upload route
// must see what the progress route reads.
type Running = Map<string, JobProgress & { at: number }>;
const KEY = Symbol.for('redline.importJobs');
const g = globalThis as unknown as Record<symbol, Running | undefined>;
g[KEY] ??= new Map();
const running: Running = g[KEY];

const PHASES: readonly string[] = ['waiting', 'reading', 'merging', 'done'];

/** The progress of upload `id`: this instance's own if it is receiving it, else the database's. */
export async function readJobProgress(db: DB, id: string): Promise<JobProgress | null> {
  const mine = running.get(id);
  if (mine)
    return { phase: mine.phase, bytesRead: mine.bytesRead, totalBytes: mine.totalBytes, rowsRead: mine.rowsRead };
  return storedJobProgress(db, id);
}

/** The progress of upload `id` as last written to the database, as another instance reads it. */
export async function storedJobProgress(db: DB, id: string): Promise<JobProgress | null> {
  const row = await findImportJob(db, id);
  if (!row || !PHASES.includes(row.phase)) return null;
  return {
    phase: row.phase as JobPhase,
    bytesRead: Number(row.bytes_read),
    totalBytes: row.total_bytes === null ? null : Number(row.total_bytes),
    rowsRead: Number(row.rows_read),
  };
}

export class JobProgressWriter {
  private latest: JobProgress;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private writtenPhase: JobPhase | null = null;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private warned = false;
  private saved = false;

  /** Starts upload `id` at `first` (written at once), and clears progress no page polls any more. */
  constructor(
    private readonly db: DB,
    readonly id: string,
    first: JobProgress,
    private readonly now: () => number = Date.now,
  ) {
    this.latest = first;
    for (const [k, v] of running) if (this.now() - v.at > FORGET_MS) running.delete(k);
    running.set(id, { ...first, at: this.now() });
    this.write();
  }

  /** Waits for the write under way, if any (a deferred one may still be to come). */
  async settled(): Promise<void> {
    await this.inFlight;
  }

  update(p: JobProgress): void {
    this.latest = p;
    running.set(this.id, { ...p, at: this.now() });
    const since = this.now() - this.lastWrite;
    if (p.phase !== this.writtenPhase || since >= PROGRESS_WRITE_MS) this.write();
    else this.timer ??= setTimeout(() => this.write(), PROGRESS_WRITE_MS - since);
  }

  /** Writes the last figures (with `phase`, if given) and waits for them to be in the database. */
  async finish(phase?: JobPhase): Promise<void> {
    if (phase) this.update({ ...this.latest, phase });
    this.write();
    await this.inFlight;
    // Polls here now read the database, as on every other instance; unless it could not be written.
    if (this.saved) running.delete(this.id);
  }

  /** One write at a time; a write asked for during one goes after it, with the figures of then. */
  private write(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = true;
    this.inFlight ??= this.drain();
  }

  private async drain(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      const p = this.latest;
      const first = this.writtenPhase === null;
      this.lastWrite = this.now();
      this.writtenPhase = p.phase;
      try {
        if (first) await deleteStaleImportJobs(this.db, new Date(this.now() - FORGET_MS).toISOString());
        await saveImportJob(this.db, {
          job_id: this.id,
          phase: p.phase,
          bytes_read: p.bytesRead,
          total_bytes: p.totalBytes,
          rows_read: p.rowsRead,
          updated_at: new Date(this.now()).toISOString(),
        });
        this.saved = true;
      } catch (e) {
        this.saved = false;
        // Progress is a courtesy to the page: the import goes on without it.
        if (!this.warned) console.warn(`upload progress not saved: ${(e as Error).message ?? e}`);
        this.warned = true;
      }
    }
    this.inFlight = null;
  }
}
