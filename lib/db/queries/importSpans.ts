import type { DB } from '../connection';

export interface ImportSpanRow {
  kind: 'orders' | 'afterSales';
  from: string;
  to: string;
}

/**
 * The span each imported file of a shop covers, by kind: what the merchant said it covers when
 * they said so (covers_from/covers_to), else the days of its rows. Rejected files cover nothing.
 */
export async function importSpans(db: DB, shopId: number): Promise<ImportSpanRow[]> {
  const rows = await db
    .selectFrom('imports')
    .select(['kind', 'date_from', 'date_to', 'covers_from', 'covers_to'])
    .where('shop_id', '=', shopId)
    .where('outcome', '=', 'imported')
    .execute();
  const out: ImportSpanRow[] = [];
  for (const r of rows) {
    const from = r.covers_from ?? r.date_from;
    const to = r.covers_to ?? r.date_to;
    if ((r.kind === 'orders' || r.kind === 'afterSales') && from && to && from <= to)
      out.push({ kind: r.kind, from, to });
  }
  return out;
}
