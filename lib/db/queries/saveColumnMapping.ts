import type { ColumnMapping } from '../../import/mapping';
import type { DB } from '../connection';

/** Saves (or replaces) a shop's mapping for one header. */
export async function saveColumnMapping(
  db: DB,
  shopId: number,
  headerKey: string,
  mapping: ColumnMapping,
  at: string,
): Promise<void> {
  const row = {
    platform: mapping.platform,
    kind: mapping.kind,
    columns: JSON.stringify(mapping.columns),
    intervention_values: mapping.interventionValues ? JSON.stringify(mapping.interventionValues) : null,
    created_at: at,
  };
  await db
    .insertInto('column_mappings')
    .values({ shop_id: shopId, header_key: headerKey, ...row })
    .onConflict((oc) => oc.columns(['shop_id', 'header_key']).doUpdateSet(row))
    .execute();
}
