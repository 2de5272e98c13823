import { sql } from 'kysely';
import type { Connection, DB } from '../connection';
import { CASE_UPDATE, STAGED_CASE_COLUMNS, STAGED_ORDER_COLUMNS } from '../staging';
import type { ImportTable } from '../schema';
import { insertImport, insertImportErrors, type StoredRowError } from './importLog';
import { rebuildDaily } from './rebuildDaily';
import { createShop, findShopByName } from './shops';
import type { Insertable } from 'kysely';

export interface MergeInput {
  stagingFile: string;
  kind: 'orders' | 'afterSales';
  lineItems: boolean;
  shop: string;
  platform: string;
  staged: number;
  /** The history row, without the shop and the counts, which the merge fills in. */
  log: Omit<Insertable<ImportTable>, 'shop_id' | 'outcome'>;
  errors: readonly StoredRowError[];
  /** Runs last inside the transaction (tests hold the write lock here). */
  beforeCommit?: () => void;
}

export type MergeResult =
  | { ok: true; shopId: number; importId: number; rowsNew: number; rowsUpdated: number; writeLockMs: number }
  | { ok: false; shopPlatform: string };

async function countRows(db: DB, table: 'orders' | 'cases', shopId: number): Promise<number> {
  const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('shop_id', '=', shopId).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * The one short write of an import: the staged rows go into the shop, in key order, its daily
 * figures are rebuilt and the history row written, all in one transaction that takes the write
 * lock when it begins. Re-imports replace what an earlier import said, except that an
 * intervention, once seen, stays (a later PDD export shows a closed one as plain 退款成功).
 */
export async function mergeStaged(conn: Connection, m: MergeInput): Promise<MergeResult> {
  conn.raw.prepare('attach database ? as staged').run(m.stagingFile);
  let locked = 0;
  try {
    const result = await conn.db.transaction().execute(async (trx) => {
      locked = performance.now();
      const existing = await findShopByName(trx, m.shop);
      if (existing && existing.platform !== m.platform) return { ok: false as const, shopPlatform: existing.platform };
      const shopId = existing?.id ?? (await createShop(trx, m.shop, m.platform, String(m.log.started_at)));
      const importId = await insertImport(trx, { ...m.log, shop_id: shopId, outcome: 'imported' });
      const table = m.kind === 'orders' ? 'orders' : 'cases';
      const before = await countRows(trx, table, shopId);
      if (m.kind === 'orders') {
        const cols = STAGED_ORDER_COLUMNS.join(', ');
        await sql`insert into main.orders (shop_id, import_id, ${sql.raw(cols)})
          select ${shopId}, ${importId}, ${sql.raw(cols)} from staged.orders where true
          on conflict (shop_id, order_no) do update set
            paid_at = coalesce(excluded.paid_at, orders.paid_at), paid_day = coalesce(excluded.paid_day, orders.paid_day),
            shipped_day = coalesce(excluded.shipped_day, orders.shipped_day), received_day = coalesce(excluded.received_day, orders.received_day),
            status = excluded.status, amount_cents = excluded.amount_cents,
            product = ${sql.raw(m.lineItems ? 'excluded.product' : "coalesce(nullif(excluded.product, ''), orders.product)")},
            courier = coalesce(nullif(excluded.courier, ''), orders.courier), import_id = excluded.import_id`.execute(trx);
      } else {
        const cols = STAGED_CASE_COLUMNS.join(', ');
        await sql`insert into main.cases (shop_id, import_id, ${sql.raw(cols)})
          select ${shopId}, ${importId}, ${sql.raw(cols)} from staged.cases where true
          on conflict (shop_id, case_no) do update set ${sql.raw(CASE_UPDATE('cases'))}, import_id = excluded.import_id`.execute(trx);
      }
      const rowsNew = (await countRows(trx, table, shopId)) - before;
      const rowsUpdated = m.staged - rowsNew;
      await rebuildDaily(trx, shopId);
      await trx.updateTable('imports').set({ rows_new: rowsNew, rows_updated: rowsUpdated }).where('id', '=', importId).execute();
      await insertImportErrors(trx, importId, m.errors);
      m.beforeCommit?.();
      return { ok: true as const, shopId, importId, rowsNew, rowsUpdated };
    });
    return result.ok ? { ...result, writeLockMs: performance.now() - locked } : result;
  } finally {
    conn.raw.exec('detach database staged');
  }
}
