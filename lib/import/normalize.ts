import { EARLIEST_DAY } from '../metrics/coverage';
import { addDays, clockNow, firstImpossibleDay, parseChinaDateTime, wallClockFromExcelSerial } from '../time/china';
import { cleanCell, MONEY_INVALID, parseMoneyCents } from './cells';
import type { HeaderMatch } from './header';
import { classifyCase } from './intervention';
import { type Message, rowMessages } from './messages';
import { PLATFORM_SPECS } from './platforms';
import type { CaseRecord, OrderRecord } from './types';

/** Marks a spreadsheet number too long to be an exact ID (set by the xlsx reader). */
export const IMPRECISE_NUMBER = '\u0000imprecise:';

export interface RowError {
  column: string | null;
  message: Message;
}

/** A row either becomes a record (perhaps with warnings about cells it could do without) or is skipped with an error. */
export type Normalized<T> = { ok: true; record: T; warnings: RowError[] | null } | { ok: false; error: RowError };

class RowFault extends Error {
  constructor(readonly rowError: RowError) {
    super(rowError.message.code);
  }
}

/** Builds the row -> record function for a matched header; it throws nothing, bad rows come back as errors. */
export function makeNormalizer(
  match: HeaderMatch,
  opts: { padShortRows?: boolean; now?: Date } = {},
): (row: readonly string[]) => Normalized<OrderRecord | CaseRecord> {
  // An event dated after tomorrow (China time) or before 2000 is a typing error: counting it would
  // move the shop's latest day to 9999-12-31 or its first to 1900. Deadlines may lie ahead.
  const impossibleFrom = firstImpossibleDay(opts.now ?? clockNow());
  const latestPossible = addDays(impossibleFrom, -1);
  const spec = PLATFORM_SPECS[match.platform];
  const cols = match.columns;
  const fallbacks = match.fallbacks ?? {};
  const name = (field: string) => match.headers[cols[field]];
  const width = match.headers.length;

  const text = (row: readonly string[], field: string): string => {
    const i = cols[field];
    if (i === undefined) return '';
    if (i >= row.length) {
      // Spreadsheets leave trailing empty cells out; in a CSV a short row is a broken one.
      if (opts.padShortRows) return '';
      throw new RowFault({ column: name(field), message: rowMessages.tooFewColumns(name(field), row.length, width) });
    }
    const v = cleanCell(row[i]);
    if (v !== '' || !fallbacks[field]) return v;
    for (const j of fallbacks[field]) {
      const w = j < row.length ? cleanCell(row[j]) : '';
      if (w !== '') return w;
    }
    return '';
  };
  const id = (row: readonly string[], field: string): string => {
    const v = text(row, field);
    if (v.startsWith(IMPRECISE_NUMBER)) {
      throw new RowFault({
        column: name(field),
        message: rowMessages.imprecisId(name(field), v.slice(IMPRECISE_NUMBER.length)),
      });
    }
    return v;
  };
  const required = (row: readonly string[], field: string): string => {
    const v = id(row, field);
    if (v === '') throw new RowFault({ column: name(field), message: rowMessages.missing(name(field)) });
    return v;
  };
  const date = (row: readonly string[], field: string): string | null => {
    const v = text(row, field);
    if (v === '') return null;
    const parsed = parseChinaDateTime(v) ?? (/^\d{5}(\.\d+)?$/.test(v) ? wallClockFromExcelSerial(Number(v)) : null);
    if (parsed === null) throw new RowFault({ column: name(field), message: rowMessages.badDate(name(field), v) });
    if (field !== 'deadlineAt' && (parsed < EARLIEST_DAY || parsed >= impossibleFrom)) {
      throw new RowFault({ column: name(field), message: rowMessages.impossibleDate(name(field), v, latestPossible) });
    }
    return parsed;
  };
  // Cells a figure does not depend on: a bad one is reported, and the row is still imported.
  let warnings: RowError[] | null = null;
  const warn = (e: unknown): null => {
    if (!(e instanceof RowFault)) throw e;
    warnings ??= [];
    warnings.push(e.rowError);
    return null;
  };
  const softDate = (row: readonly string[], field: string): string | null => {
    if (cols[field] === undefined) return null;
    try {
      return date(row, field);
    } catch (e) {
      return warn(e);
    }
  };
  const softMoney = (row: readonly string[], field: string): number | null => {
    if (cols[field] === undefined) return null;
    try {
      return money(row, field);
    } catch (e) {
      return warn(e);
    }
  };
  const money = (row: readonly string[], field: string): number | null => {
    const v = text(row, field);
    if (v === '') return null;
    const cents = parseMoneyCents(v);
    if (cents === MONEY_INVALID)
      throw new RowFault({ column: name(field), message: rowMessages.badMoney(name(field), v) });
    return cents;
  };

  const unpaid = new Set(spec.orders.unpaidStatuses);
  const marked = match.interventionValues ? new Set(match.interventionValues) : undefined;

  const order = (row: readonly string[]): OrderRecord => {
    const status = text(row, 'status');
    const paidAt = date(row, 'paidAt');
    return {
      orderNo: required(row, 'orderNo'),
      paidAt: paidAt !== null && !unpaid.has(status) ? paidAt : null,
      shippedAt: softDate(row, 'shippedAt'),
      receivedAt: softDate(row, 'receivedAt'),
      status,
      amountCents: softMoney(row, 'amount'),
      product: text(row, 'product'),
      courier: text(row, 'courier'),
    };
  };

  const afterSalesCase = (row: readonly string[]): CaseRecord => {
    const orderNo = required(row, 'orderNo');
    const appliedAt = date(row, 'appliedAt');
    const status = text(row, 'status');
    const c = classifyCase(
      spec.intervention,
      {
        status,
        interventionStatus: text(row, 'interventionStatus'),
        interventionFlag: text(row, 'interventionFlag'),
        platformInitiatedFlag: text(row, 'platformInitiatedFlag'),
      },
      marked,
    );
    // An intervened case counts on its application day; without one it cannot be placed.
    if (c.intervened && appliedAt === null) {
      throw new RowFault({ column: name('appliedAt'), message: rowMessages.missing(name('appliedAt')) });
    }
    const caseNo = cols.caseNo !== undefined ? id(row, 'caseNo') : '';
    return {
      // Exports without a case number still key a case by order and application time.
      caseNo: caseNo || `${orderNo}@${appliedAt ?? ''}`,
      orderNo,
      appliedAt,
      completedAt: softDate(row, 'completedAt'),
      status: status || text(row, 'interventionStatus'),
      type: text(row, 'type'),
      reason: text(row, 'reason'),
      product: text(row, 'product'),
      deadlineAt: softDate(row, 'deadlineAt'),
      amountCents: softMoney(row, 'amount'),
      responsible: text(row, 'responsible'),
      intervened: c.intervened,
      platformInitiated: c.platformInitiated,
    };
  };

  const build = match.kind === 'orders' ? order : afterSalesCase;
  return (row) => {
    warnings = null;
    try {
      const record = build(row);
      return { ok: true, record, warnings };
    } catch (e) {
      if (e instanceof RowFault) return { ok: false, error: e.rowError };
      throw e;
    }
  };
}
