import type { DB } from '../connection';

/** The back-end figures a merchant entered for a shop, oldest day first. */
export async function listCalibrationEntries(db: DB, shopId: number) {
  return db
    .selectFrom('calibration_entries')
    .selectAll()
    .where('shop_id', '=', shopId)
    .orderBy('day')
    .orderBy('id')
    .execute();
}
