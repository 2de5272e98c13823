/** The shapes every platform file and the pipeline agree on. */

import type { PlatformId } from '../types';

export { type FileKind, PLATFORMS, type PlatformId } from '../types';

/** The fields an order file can give, in the order a merchant maps them. */
export const ORDER_FIELDS = [
  'orderNo',
  'paidAt',
  'createdAt',
  'shippedAt',
  'receivedAt',
  'status',
  'amount',
  'product',
  'courier',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/** The fields an after-sales file can give, in the order a merchant maps them. */
export const CASE_FIELDS = [
  'caseNo',
  'orderNo',
  'appliedAt',
  'completedAt',
  'status',
  'interventionStatus',
  'interventionFlag',
  'platformInitiatedFlag',
  'type',
  'reason',
  'product',
  'deadlineAt',
  'amount',
  'responsible',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/** Which header names stand for a field, most usual first. */
export type HeaderDictionary<F extends string> = Partial<Record<F, readonly string[]>>;

export interface KindSpec<F extends string> {
  fields: HeaderDictionary<F>;
  /** Without these the file cannot be this kind. */
  required: readonly F[];
  /** Columns only this platform's export of this kind has; they settle ties. */
  signature: readonly string[];
}

/** How a platform's after-sales export says that the platform stepped in; data, read by intervention.ts. */
export interface InterventionVocabulary {
  /** Values of `interventionStatus` that mean "no intervention" (empty and "-" always do). */
  noneValues: readonly string[];
  /** A `status` containing one of these means the platform intervened. */
  statusMarkers: readonly string[];
  /** Any text field containing one of these means the platform itself opened the case: not counted. */
  platformInitiatedMarkers: readonly string[];
}

export interface PlatformSpec {
  id: PlatformId;
  name: { zh: string; en: string };
  orders: KindSpec<OrderField> & {
    /** One row per line item: rows repeat the order number and collapse into one order. */
    lineItems: boolean;
    /** Columns only a line-item export of this platform has (Taobao's 子订单编号): such a file is one too. */
    lineItemMarkers?: readonly string[];
    /** Order statuses that mean the order was never paid (counted nowhere even with a pay time). */
    unpaidStatuses: readonly string[];
  };
  afterSales: KindSpec<CaseField>;
  intervention: InterventionVocabulary;
}

export interface OrderRecord {
  orderNo: string;
  /** China wall-clock "YYYY-MM-DD HH:MM:SS" or null when never paid. */
  paidAt: string | null;
  shippedAt: string | null;
  receivedAt: string | null;
  status: string;
  amountCents: number | null;
  product: string;
  courier: string;
}

export interface CaseRecord {
  caseNo: string;
  orderNo: string;
  appliedAt: string | null;
  completedAt: string | null;
  status: string;
  type: string;
  reason: string;
  product: string;
  deadlineAt: string | null;
  amountCents: number | null;
  responsible: string;
  intervened: boolean;
  platformInitiated: boolean;
}
