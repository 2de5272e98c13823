import type { Kysely, Migration } from 'kysely';
import { keepReplacedRows } from '../dialect';

const ORDER_COLUMNS =
  'shop_id, order_no, paid_at, paid_day, shipped_day, received_day, status, amount_cents, product, courier, import_id, from_items';
const CASE_COLUMNS =
  'shop_id, case_no, order_no, applied_at, applied_day, completed_at, completed_day, status, intervened_status, type, reason, product, deadline_at, amount_cents, responsible, intervened, platform_initiated, import_id';

/**
 * Undoing one import (it went into the wrong shop): the rows it created go, the rows it took over
 * go back to what they were. When an import takes a row over from an earlier one, a trigger keeps
 * the row as it was, under the import that replaced it; only rows that change are kept, so an
 * import that changes nothing costs nothing. Imports only move forward (a larger id replaces a
 * smaller); an undo moves a row back, which keeps nothing.
 */
export const m0009_undo: Migration = {
  async up(db: Kysely<any>) {
    await keepReplacedRows(db, 'orders', ORDER_COLUMNS);
    await keepReplacedRows(db, 'cases', CASE_COLUMNS);
  },
};
