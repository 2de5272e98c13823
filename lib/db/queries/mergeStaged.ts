import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Connection, DB } from '../connection';
import { takeTurns } from '../dialect';
import type { ImportTable } from '../schema';
import { openStaged } from '../stagedSource';
import { assignments, CASE_ASSIGNMENTS, STAGED_CASE_COLUMNS, STAGED_ORDER_COLUMNS } from '../staging';
import { insertImport, insertImportErrors, type StoredRowError } from './importLog';
import { type OrderDays, rebuildDaily } from './rebuildDaily';
import { createShop, findShopByName } from './shops';

export interface MergeInput {
  stagingFile: string;
  kind: 'orders' | 'afterSales';
  lineItems: boolean;
  /** The platform also has line-item exports of the same orders (Taobao): an order-level file takes them over. */
  takesOverLineItems?: boolean;
  shop: string;
  platform: string;
  /** The shop must not exist yet: checked again here, under the write lock, against a race. */
  newShop: boolean;
  /** The distinct rows staged (a row repeated in the file counted once). */
  distinctRows: number;
  /** The history row, without the shop and the counts, which the merge fills in. */
  log: Omit<Insertable<ImportTable>, 'shop_id' | 'outcome'>;
  errors: readonly StoredRowError[];
  /** The staged orders' day triples when the staging counted them (Staging.orderDays). */
  orderDays?: readonly OrderDays[] | null;
  /** Runs last inside the transaction (tests hold the write lock here). */
  beforeCommit?: () => void;
}

export type MergeResult =
  | {
      ok: true;
      shopId: number;
      importId: number;
      rowsNew: number;
      rowsUpdated: number;
      rowsUnchanged: number;
      writeLockMs: number;
    }
  | { ok: false; shopPlatform: string; exists?: undefined }
  /** The shop had to be new, and one of that name was made meanwhile (another upload). */
  | { ok: false; exists: string; shopPlatform?: undefined };

async function countRows(db: DB, table: 'orders' | 'cases', shopId: number): Promise<number> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('shop_id', '=', shopId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * A time ("YYYY-MM-DD HH:MM:SS") from a re-import: a spreadsheet re-save keeps the minute and drops
 * the seconds (23:56:53 comes back as 23:56:00), which says nothing new; the stored time stays.
 */
const keepSeconds = (col: string, t: string) =>
  `case when excluded.${col} like '%:00' and substr(excluded.${col}, 1, 16) = substr(${t}.${col}, 1, 16)
    then ${t}.${col} else coalesce(excluded.${col}, ${t}.${col}) end`;

/**
 * How a re-imported order updates the stored one. A line-item file's amount is its lines' sum,
 * summed in staging; it never replaces the amount, product or status an order-level file gave.
 */
const orderAssignments = (lineItems: boolean): [string, string][] => {
  const ownUnlessOrderLevel = (col: string, value: string) =>
    lineItems ? `case when orders.from_items = 1 then ${value} else orders.${col} end` : value;
  return [
    ['paid_at', keepSeconds('paid_at', 'orders')],
    ['paid_day', 'coalesce(excluded.paid_day, orders.paid_day)'],
    ['shipped_day', 'coalesce(excluded.shipped_day, orders.shipped_day)'],
    ['received_day', 'coalesce(excluded.received_day, orders.received_day)'],
    ['status', ownUnlessOrderLevel('status', 'excluded.status')],
    ['amount_cents', ownUnlessOrderLevel('amount_cents', 'excluded.amount_cents')],
    [
      'product',
      lineItems
        ? "case when orders.from_items = 1 or orders.product = '' then excluded.product else orders.product end"
        : "coalesce(nullif(excluded.product, ''), orders.product)",
    ],
    ['courier', "coalesce(nullif(excluded.courier, ''), orders.courier)"],
  ];
};

/**
 * The one short write of an import: the staged rows go into the shop, in key order, its daily
 * figures are rebuilt and the history row written, all in one transaction that holds the import
 * lock (takeTurns) for its writes. Re-imports replace what an earlier import said, except that an
 * intervention, once seen, stays (a later PDD export shows a closed one as plain 退款成功).
 */
export async function mergeStaged(conn: Connection, m: MergeInput): Promise<MergeResult> {
  const staged = await openStaged(conn, m.stagingFile, m.kind);
  let failed = true;
  let locked = 0;
  let t0 = 0;
  const tick = (what: string) => {
    if (!process.env.REDLINE_IMPORT_TIMING) return;
    const t = performance.now();
    process.stderr.write(`[import timing]   merge ${what} ${(t - t0).toFixed(0)} ms\n`);
    t0 = t;
  };
  try {
    const result = await staged.db.transaction().execute(async (trx) => {
      await staged.load(trx);
      await takeTurns(trx, 'imports', conn.onWait);
      locked = performance.now();
      t0 = locked;
      const existing = await findShopByName(trx, m.shop);
      if (existing && m.newShop) return { ok: false as const, exists: existing.name };
      if (existing && existing.platform !== m.platform) return { ok: false as const, shopPlatform: existing.platform };
      const shopId = existing?.id ?? (await createShop(trx, m.shop, m.platform, String(m.log.started_at)));
      const importId = await insertImport(trx, { ...m.log, shop_id: shopId, outcome: 'imported' });
      const table = m.kind === 'orders' ? 'orders' : 'cases';
      const before = await countRows(trx, table, shopId);
      const cols = (m.kind === 'orders' ? STAGED_ORDER_COLUMNS : STAGED_CASE_COLUMNS).join(', ');
      const key = m.kind === 'orders' ? 'order_no' : 'case_no';
      const set = m.kind === 'orders' ? orderAssignments(m.lineItems) : CASE_ASSIGNMENTS('cases');
      // A row whose values would not change is left alone: it costs no write, and is not counted as updated.
      const itemsCol = m.kind === 'orders' ? sql.raw(', from_items') : sql.raw('');
      const itemsVal = m.kind === 'orders' ? sql.raw(m.lineItems ? ', 1' : ', 0') : sql.raw('');
      const upserted = await sql`insert into ${staged.into} (shop_id, import_id, ${sql.raw(cols)}${itemsCol})
        select ${sql.lit(shopId)}, ${sql.lit(importId)}, ${sql.raw(cols)}${itemsVal} from ${staged.from} where true
        on conflict (shop_id, ${sql.raw(key)}) do update set ${sql.raw(assignments(set))}, import_id = excluded.import_id
        where ${sql.raw(set.map(([c, e]) => `${table}.${c} is distinct from ${e}`).join(' or '))}`.execute(trx);
      tick('upsert');
      if (m.kind === 'orders' && !m.lineItems && m.takesOverLineItems) {
        // Orders a line-item file described are now described by their own file: not counted as updated
        // unless a value the merchant sees changed, but from now on a line-item file leaves them be.
        await sql`update ${staged.into} set from_items = 0, import_id = ${importId} where shop_id = ${shopId} and from_items = 1
          and order_no in (select order_no from ${staged.from})`.execute(trx);
      }
      const rowsNew = (await countRows(trx, table, shopId)) - before;
      const rowsUpdated = Number(upserted.numAffectedRows ?? 0) - rowsNew;
      const rowsUnchanged = Math.max(0, m.distinctRows - rowsNew - rowsUpdated);
      tick('counts');
      // Only the imported kind's daily figures can change, and only if a row did. A shop's first
      // orders are the staged ones, whose days the staging has counted already.
      if (rowsNew + rowsUpdated > 0) {
        if (m.kind === 'orders')
          await rebuildDaily(trx, shopId, { only: 'orders', orderDays: (before === 0 && m.orderDays) || undefined });
        else await rebuildDaily(trx, shopId, { only: 'interventions' });
      }
      tick('daily');
      await trx
        .updateTable('imports')
        .set({ rows_new: rowsNew, rows_updated: rowsUpdated, rows_unchanged: rowsUnchanged })
        .where('id', '=', importId)
        .execute();
      await insertImportErrors(trx, importId, m.errors);
      m.beforeCommit?.();
      return { ok: true as const, shopId, importId, rowsNew, rowsUpdated, rowsUnchanged };
    });
    failed = false;
    return result.ok ? { ...result, writeLockMs: performance.now() - locked } : result;
  } finally {
    await staged.close(failed);
  }
}
