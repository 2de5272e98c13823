import type { ColumnMapping } from '../../import/mapping';
import type { DB } from '../connection';

export interface SavedColumnMapping extends ColumnMapping {
  id: number;
  headerKey: string;
  createdAt: string;
}

/** A shop's saved column mappings, newest first. */
export async function columnMappingsOfShop(db: DB, shopId: number): Promise<SavedColumnMapping[]> {
  const rows = await db
    .selectFrom('column_mappings')
    .selectAll()
    .where('shop_id', '=', shopId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    headerKey: r.header_key,
    createdAt: r.created_at,
    platform: r.platform,
    kind: r.kind,
    columns: JSON.parse(r.columns) as Record<string, string>,
    ...(r.intervention_values ? { interventionValues: JSON.parse(r.intervention_values) as string[] } : {}),
  }));
}
