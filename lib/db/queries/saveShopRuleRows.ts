import type { DB } from '../connection';
import type { ShopRuleTable } from '../schema';

/** Stores a shop's rule settings, all of them at once so "main" stays on exactly one. */
export async function saveShopRuleRows(db: DB, rows: readonly ShopRuleTable[]): Promise<void> {
  if (!rows.length) return;
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      await trx
        .insertInto('shop_rules')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['shop_id', 'preset_id']).doUpdateSet({
            enabled: row.enabled,
            main: row.main,
            window_days: row.window_days,
            rate: row.rate,
            rate_multiple: row.rate_multiple,
            category_average: row.category_average,
            count: row.count,
            combine: row.combine,
            sustain_days: row.sustain_days,
            watch: row.watch,
            floor_base: row.floor_base,
            floor_count: row.floor_count,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    }
  });
}
