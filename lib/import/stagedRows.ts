/**
 * Records as the staging area takes them: one JSON array per batch, each row an array of values in
 * the staged columns' order. Made in the parse thread, so the import thread appends a whole batch
 * as one value, and a batch crosses threads as one string instead of thousands of objects.
 */
import { STAGED_CASE_COLUMNS, STAGED_ORDER_COLUMNS } from '../db/staging';
import { dayOf } from '../time/china';
import type { CaseRecord, FileKind, OrderRecord } from './types';

export interface StagedBatch {
  json: string;
  rows: number;
  /** Payment days (orders) or application days (after-sales) of the batch. */
  dayFrom: string | null;
  dayTo: string | null;
}

const day = (at: string | null) => (at ? dayOf(at) : null);

const orderRow = (r: OrderRecord) => [
  r.orderNo,
  r.paidAt,
  day(r.paidAt),
  day(r.shippedAt),
  day(r.receivedAt),
  r.status,
  r.amountCents,
  r.product,
  r.courier,
];

const caseRow = (c: CaseRecord) => [
  c.caseNo,
  c.orderNo,
  c.appliedAt,
  day(c.appliedAt),
  c.completedAt,
  day(c.completedAt),
  c.status,
  c.intervened ? c.status : null,
  c.type,
  c.reason,
  c.product,
  c.deadlineAt,
  c.amountCents,
  c.responsible,
  c.intervened ? 1 : 0,
  c.platformInitiated ? 1 : 0,
];

// The row builders above must follow the staged columns' order.
if (STAGED_ORDER_COLUMNS.length !== 9 || STAGED_CASE_COLUMNS.length !== 16)
  throw new Error('staged columns changed: update stagedRows.ts');

/**
 * The batch as one or more staged batches: a batch of long cells may be more text than one
 * JavaScript string can hold, and is then split in halves until each part fits.
 */
export function stagedBatches(kind: FileKind, records: readonly (OrderRecord | CaseRecord)[]): StagedBatch[] {
  try {
    return [stagedBatch(kind, records)];
  } catch (e) {
    if (!(e instanceof RangeError) || records.length < 2) throw e;
    const half = records.length >> 1;
    return [...stagedBatches(kind, records.slice(0, half)), ...stagedBatches(kind, records.slice(half))];
  }
}

function stagedBatch(kind: FileKind, records: readonly (OrderRecord | CaseRecord)[]): StagedBatch {
  let dayFrom: string | null = null;
  let dayTo: string | null = null;
  const rows = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const row = kind === 'orders' ? orderRow(records[i] as OrderRecord) : caseRow(records[i] as CaseRecord);
    const d = row[kind === 'orders' ? 2 : 3] as string | null;
    if (d !== null) {
      if (dayFrom === null || d < dayFrom) dayFrom = d;
      if (dayTo === null || d > dayTo) dayTo = d;
    }
    rows[i] = row;
  }
  return { json: JSON.stringify(rows), rows: records.length, dayFrom, dayTo };
}
