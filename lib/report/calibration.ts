/** The back-end figures a merchant entered, and how each of Redline's definitions compares with them. */
import type { DB } from '../db/connection';
import { dailyAll } from '../db/queries/dailyAll';
import { listCalibrationEntries } from '../db/queries/listCalibrationEntries';
import { bestDefinition, compare, impliedOrders } from '../metrics/calibration';
import { addDays } from '../time/china';
import type { Definition } from '../types';
import type { CalibrationInfo } from './types';

/** What the settings page and `calibrate` show; `current` is the definition the shop uses now. */
export async function calibrationInfo(db: DB, shopId: number, current: Definition): Promise<CalibrationInfo> {
  const entries = await listCalibrationEntries(db, shopId);
  if (!entries.length) return { current, best: null, entries: [] };
  const first = addDays(entries[0].day, -29);
  const last = entries.at(-1)!.day;
  const daily = (await dailyAll(db, shopId, first, last)).map((d) => ({
    day: d.day,
    orders_paid: Number(d.orders_paid),
    orders_shipped: Number(d.orders_shipped),
    orders_received: Number(d.orders_received),
    interventions_applied: Number(d.interventions_applied),
    interventions_completed: Number(d.interventions_completed),
  }));
  const figures = entries.map((e) => ({ id: e.id, date: e.day, count: Number(e.count), rate: Number(e.rate) }));
  return {
    current,
    best: bestDefinition(daily, figures, current),
    entries: figures.map((f) => ({
      id: f.id,
      date: f.date,
      count: f.count,
      rate: f.rate,
      impliedOrders: impliedOrders(f),
      comparisons: compare(daily, f),
    })),
  };
}
