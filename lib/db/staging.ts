/**
 * An import's staging area: a SQLite file of its own in the import's scratch folder, written while
 * the file is read and holding no lock on the shop's database. Rows end up keyed as in the shop's
 * tables, so a file's repeated rows are settled here (a duplicate replaces, a line item adds to
 * its order), and the merge reads them in key order. Nothing is synced: the file is thrown away
 * whatever happens.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { OrderDays } from './queries/rebuildDaily';
import type { CaseTable, OrderTable } from './schema';

/** The staged columns, in the order a staged row lists its values. */
const ORDER_KEYS = [
  'order_no',
  'paid_at',
  'paid_day',
  'shipped_day',
  'received_day',
  'status',
  'amount_cents',
  'product',
  'courier',
] as const satisfies readonly (keyof OrderTable)[];
const CASE_KEYS = [
  'case_no',
  'order_no',
  'applied_at',
  'applied_day',
  'completed_at',
  'completed_day',
  'status',
  'intervened_status',
  'type',
  'reason',
  'product',
  'deadline_at',
  'amount_cents',
  'responsible',
  'intervened',
  'platform_initiated',
] as const satisfies readonly (keyof CaseTable)[];

export interface Staging {
  /** A batch of rows: a JSON array of arrays of values in the staged columns' order (lib/import/stagedRows.ts). */
  addBatch(json: string, rows: number): void;
  /** Merges the sorted runs into the keyed table, commits, and returns how many distinct rows are staged. */
  finish(): number;
  /**
   * After `finish`: the repeated rows that changed what an earlier row of the same number said (a
   * blank cell changes nothing); 0 for line items, whose rows add up by design.
   */
  differing(): number;
  /**
   * After `finish`, for orders: the staged orders' day triples, counted run by run while the file
   * was read; null when a row repeated across runs makes those counts not the staged rows' own.
   */
  orderDays(): OrderDays[] | null;
  close(): void;
}

function open(file: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -16000');
  return db;
}

/**
 * Rows sorted at a time: a run's sort stays in memory (cache_size), and a file of 5,000,000 rows
 * makes 39 runs, which one merge reads side by side.
 */
const RUN_ROWS = 131_072;

/**
 * Batches are appended as they arrive, one JSONB value each (nearly free). Every RUN_ROWS rows the
 * import thread, idle otherwise while the parse thread works, sorts them into a keyed run table of
 * their own, settling repeated rows in file order by the same upsert the shop's table uses; `finish`
 * then only merges the runs, already in key order, into the keyed table (no sort), settling a row
 * repeated across runs in run order. Each run is keyed by (key, run), so the merge reads every run
 * in that order without sorting ties. (Sorting each run into one growing keyed table was measured
 * too: its sweeps over the whole table cost more than they overlapped.)
 */
function stage(
  db: BetterSqlite3.Database,
  table: string,
  columns: string,
  keys: readonly string[],
  upsert: (t: string) => [string, string][],
  runRows: number,
  opts: { onRun?: (run: string) => void; countDiffering: boolean },
): Staging & { runsSettled(): boolean } {
  const key = keys[0];
  // A repeated row updates the earlier one only where it changes something: each such update is a
  // row that said otherwise (changes() counts it; an insert is a first row).
  const set = (t: string) => {
    const list = upsert(t);
    const where = opts.countDiffering ? list.map(([c, e]) => `${t}.${c} is not ${e}`).join(' or ') : 'true';
    return `${assignments(list)} where ${where}`;
  };
  let differing = 0;
  db.exec('create table arrived (rows blob not null); begin');
  const append = db.prepare('insert into arrived (rows) values (jsonb(?))');
  const values = keys.map((_, i) => `r.value ->> ${i}`).join(', ');
  let runs = 0;
  let unsorted = 0;
  let runRowsTotal = 0;
  let distinct: number | null = null;
  const sortRun = () => {
    const run = `run${runs}`;
    db.exec(`create table ${run} (${columns}, run integer not null, primary key (${key}, run)) without rowid`);
    const { changes } = db
      .prepare(
        `insert into ${run} (${keys.join(', ')}, run) select ${values}, ${runs} from arrived a, jsonb_each(a.rows) r
         where true order by 1, a.rowid, r.key on conflict do update set ${set(run)}`,
      )
      .run();
    db.exec('delete from arrived');
    const settled = (db.prepare(`select count(*) from ${run}`).pluck().get() as number) ?? 0;
    runRowsTotal += settled;
    if (opts.countDiffering) differing += changes - settled;
    opts.onRun?.(run);
    runs++;
    unsorted = 0;
  };
  return {
    addBatch(json, rows) {
      append.run(json);
      unsorted += rows;
      if (unsorted >= runRows) sortRun();
    },
    finish() {
      if (unsorted || !runs) sortRun();
      db.exec('drop table arrived');
      if (runs === 1) db.exec(`alter table run0 rename to ${table}`);
      else {
        const cols = keys.join(', ');
        const all = Array.from({ length: runs }, (_, k) => `select ${cols}, run from run${k}`).join(' union all ');
        db.exec(`create table ${table} (${columns}, primary key (${key})) without rowid`);
        const { changes } = db
          .prepare(
            `insert into ${table} (${cols}) select ${cols} from (${all} order by ${key}, run) where true
             on conflict do update set ${set(table)}`,
          )
          .run();
        const merged = (db.prepare(`select count(*) from ${table}`).pluck().get() as number) ?? 0;
        if (opts.countDiffering) differing += changes - merged;
        for (let k = 0; k < runs; k++) db.exec(`drop table run${k}`);
      }
      db.exec('commit');
      distinct = (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      return distinct;
    },
    differing: () => differing,
    orderDays: () => null,
    /** No row was repeated across runs: what was counted per run is what is staged. */
    runsSettled: () => distinct !== null && distinct === runRowsTotal,
    close: () => db.close(),
  };
}

/**
 * In an export with one row per line item (JD, Douyin), the rows of one order are its items: their
 * amounts add up and the first product names the order. Elsewhere a repeated row is a duplicate.
 * Each rule is associative (a run's settled row, settled again with the next run's, is what the
 * rows one by one would give), so settling runs and then merging them gives the same row.
 */
export function stageOrders(file: string, lineItems: boolean, runRows = RUN_ROWS): Staging {
  const db = open(file);
  // The day triples, counted per run while the import thread would otherwise wait: the merge then
  // need not count a new shop's orders again holding the write lock.
  const days = new Map<string, OrderDays>();
  const countDays = (run: string) => {
    const rows = db
      .prepare(
        `select paid_day, shipped_day, received_day, count(*) as n from ${run} where paid_day is not null group by 1, 2, 3`,
      )
      .all() as OrderDays[];
    for (const r of rows) {
      const k = `${r.paid_day}|${r.shipped_day ?? ''}|${r.received_day ?? ''}`;
      const d = days.get(k);
      if (d) d.n += r.n;
      else days.set(k, r);
    }
  };
  const staging = stage(
    db,
    'orders',
    `order_no text not null, paid_at text, paid_day text, shipped_day text, received_day text,
      status text not null, amount_cents integer, product text not null, courier text not null`,
    ORDER_KEYS,
    (t) => [
      ['paid_at', `coalesce(excluded.paid_at, ${t}.paid_at)`],
      ['paid_day', `coalesce(excluded.paid_day, ${t}.paid_day)`],
      ['shipped_day', `coalesce(excluded.shipped_day, ${t}.shipped_day)`],
      ['received_day', `coalesce(excluded.received_day, ${t}.received_day)`],
      ['status', 'excluded.status'],
      [
        'amount_cents',
        lineItems ? `coalesce(${t}.amount_cents, 0) + coalesce(excluded.amount_cents, 0)` : 'excluded.amount_cents',
      ],
      [
        'product',
        lineItems
          ? `case when ${t}.product <> '' then ${t}.product else excluded.product end`
          : `coalesce(nullif(excluded.product, ''), ${t}.product)`,
      ],
      ['courier', `coalesce(nullif(excluded.courier, ''), ${t}.courier)`],
    ],
    runRows,
    { onRun: countDays, countDiffering: !lineItems },
  );
  return { ...staging, orderDays: () => (staging.runsSettled() ? [...days.values()] : null) };
}

/** A case repeated in one file: the later row wins, but an intervention once shown stays. */
export function stageCases(file: string, runRows = RUN_ROWS): Staging {
  return stage(
    open(file),
    'cases',
    `case_no text not null, order_no text not null, applied_at text, applied_day text, completed_at text,
      completed_day text, status text not null, intervened_status text, type text not null, reason text not null, product text not null,
      deadline_at text, amount_cents integer, responsible text not null, intervened integer not null, platform_initiated integer not null`,
    CASE_KEYS,
    CASE_ASSIGNMENTS,
    runRows,
    { countDiffering: true },
  );
}

/** How a newer row of a case updates an older one (column, new value); shared by the staging and the merge. */
export const CASE_ASSIGNMENTS = (t: string): [string, string][] => [
  ['order_no', 'excluded.order_no'],
  ['applied_at', `coalesce(excluded.applied_at, ${t}.applied_at)`],
  ['applied_day', `coalesce(excluded.applied_day, ${t}.applied_day)`],
  ['completed_at', `coalesce(excluded.completed_at, ${t}.completed_at)`],
  ['completed_day', `coalesce(excluded.completed_day, ${t}.completed_day)`],
  ['status', 'excluded.status'],
  ['intervened_status', `coalesce(excluded.intervened_status, ${t}.intervened_status)`],
  ['type', 'excluded.type'],
  ['reason', 'excluded.reason'],
  ['product', 'excluded.product'],
  ['deadline_at', 'excluded.deadline_at'],
  ['amount_cents', 'excluded.amount_cents'],
  ['responsible', 'excluded.responsible'],
  ['intervened', `case when ${t}.intervened = 1 or excluded.intervened = 1 then 1 else 0 end`],
  ['platform_initiated', `case when ${t}.platform_initiated = 1 or excluded.platform_initiated = 1 then 1 else 0 end`],
];

export const assignments = (list: [string, string][]) => list.map(([c, e]) => `${c} = ${e}`).join(', ');

export const STAGED_ORDER_COLUMNS = ORDER_KEYS;
export const STAGED_CASE_COLUMNS = CASE_KEYS;
