import type { DB } from '../connection';

/** One figure per day: entering a day again replaces what was there (a corrected reading). */
export async function addCalibrationEntry(
  db: DB,
  e: { shopId: number; day: string; count: number; rate: number; createdAt: string },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('calibration_entries').where('shop_id', '=', e.shopId).where('day', '=', e.day).execute();
    const r = await trx
      .insertInto('calibration_entries')
      .values({ shop_id: e.shopId, day: e.day, count: e.count, rate: e.rate, created_at: e.createdAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  });
}
