import { sql } from 'kysely';
import type { DB } from '../connection';
import { takeTurns } from '../dialect';
import { rebuildDaily } from './rebuildDaily';

const TABLES = {
  orders: {
    table: 'orders',
    key: 'order_no',
    values:
      'paid_at, paid_day, shipped_day, received_day, status, amount_cents, product, courier, import_id, from_items',
  },
  afterSales: {
    table: 'cases',
    key: 'case_no',
    values:
      'order_no, applied_at, applied_day, completed_at, completed_day, status, intervened_status, type, reason, product, deadline_at, amount_cents, responsible, intervened, platform_initiated, import_id',
  },
} as const;

export type UndoResult =
  | { ok: true; shopId: number; removed: number; restored: number }
  | { ok: false; reason: 'missing' | 'notImported' };

/**
 * Undoes one import in one transaction: the rows it created go, the rows it took over get back the
 * values they had before it (kept by the 0009 triggers), later imports' memory of its values is
 * replaced by what came before it, the shop's daily figures are rebuilt, and its history row says
 * "undone".
 */
export async function undoImport(db: DB, importId: number): Promise<UndoResult> {
  return db.transaction().execute(async (trx) => {
    // An import merging now must not take over rows this undo is putting back.
    await takeTurns(trx, 'imports');
    const imp = await trx
      .selectFrom('imports')
      .select(['shop_id', 'kind', 'outcome'])
      .where('id', '=', importId)
      .executeTakeFirst();
    if (!imp || imp.shop_id === null) return { ok: false as const, reason: 'missing' as const };
    if (imp.outcome !== 'imported' || (imp.kind !== 'orders' && imp.kind !== 'afterSales'))
      return { ok: false as const, reason: 'notImported' as const };
    const shopId = imp.shop_id;
    const { table, key, values } = TABLES[imp.kind];
    const t = sql.raw(table);
    const r = sql.raw(`replaced_${table}`);
    const k = sql.raw(key);
    const v = sql.raw(values);
    const before = sql`select ${v} from ${r} p where p.replaced_by = ${importId} and p.shop_id = x.shop_id and p.${k} = x.${k}`;
    const hasBefore = sql`exists (select 1 from ${r} p where p.replaced_by = ${importId} and p.shop_id = x.shop_id and p.${k} = x.${k})`;
    // Later imports remember this import's values: they remember what came before it instead,
    // or nothing, when the row did not exist before it.
    await sql`update ${r} as x set (${v}) = (${before}) where x.shop_id = ${shopId} and x.import_id = ${importId} and ${hasBefore}`.execute(
      trx,
    );
    await sql`delete from ${r} where shop_id = ${shopId} and import_id = ${importId}`.execute(trx);
    // Rows whose values are this import's: back to what they were, or gone if it created them.
    const restored =
      await sql`update ${t} as x set (${v}) = (${before}) where x.shop_id = ${shopId} and x.import_id = ${importId} and ${hasBefore}`.execute(
        trx,
      );
    const removed = await sql`delete from ${t} where shop_id = ${shopId} and import_id = ${importId}`.execute(trx);
    await sql`delete from ${r} where replaced_by = ${importId}`.execute(trx);
    await trx.updateTable('imports').set({ outcome: 'undone' }).where('id', '=', importId).execute();
    await rebuildDaily(trx, shopId);
    return {
      ok: true as const,
      shopId,
      removed: Number(removed.numAffectedRows ?? 0),
      restored: Number(restored.numAffectedRows ?? 0),
    };
  });
}
