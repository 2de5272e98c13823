/**
 * What the import tells a merchant: a code (the key of its text under `importMessage` in the
 * catalogs, lib/i18n) and the parameters that fill it in. Nothing here is rendered: a summary, a
 * stored row error and a refused file keep the code and parameters, and whoever shows them
 * renders them in the reader's language (`renderMessage` in lib/i18n/importMessages.ts). Every
 * message names the file, and where it can, the line and the column, and says what was expected.
 */
import type { ImportMessageCode } from '../i18n/importMessages';
import { LIMITS, type LimitName } from './limits';
import type { PlatformId } from './types';

export type MessageParams = Record<string, string | number>;

export interface Message {
  code: ImportMessageCode;
  params: MessageParams;
}

const msg = (code: ImportMessageCode, params: MessageParams): Message => ({ code, params });

/** Sizes are shown in whole MiB ("MB"), as the limits are set. */
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const MB_LIMITS: ReadonlySet<LimitName> = new Set([
  'fileBytes',
  'xlsxBytes',
  'xlsxPartBytes',
  'xlsxSmallPartBytes',
  'sharedStringsPartBytes',
  'sharedStringBytes',
  'xlsxTotalBytes',
]);

/**
 * A cell's text as a message may quote it: never an internal marker, a control character, or
 * more than 40 characters of it.
 */
export function quoteCell(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = value.replace(IMPRECISE_PREFIX, '').replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > 40 ? `${clean.slice(0, 40)}…（${clean.length.toLocaleString('en-US')}）` : clean;
}
const IMPRECISE_PREFIX = '\u0000imprecise:';

export const fileMessages = {
  /** `value` is what the file has; the limit is in LIMITS (bytes shown in MB). */
  overLimit: (file: string, limit: LimitName, value: number): Message => {
    const inMb = MB_LIMITS.has(limit);
    return msg(`file.limit.${limit}`, {
      file,
      value: inMb ? mb(value) : value,
      limit: inMb ? mb(LIMITS[limit]) : LIMITS[limit],
    });
  },
  lineTooLong: (file: string, line: number) => msg('file.line_too_long', { file, line, limit: LIMITS.lineChars }),
  tooManyColumns: (file: string, line: number, columns: number, orMore = false) =>
    msg('file.too_many_columns', { file, line, columns, orMore: orMore ? 'yes' : 'no', limit: LIMITS.columns }),
  headerTooWide: (file: string, line: number, columns: number) =>
    msg('file.header_too_wide', { file, line, columns, limit: LIMITS.columns }),
  cellTooLong: (file: string, line: number, chars: number) =>
    msg('file.cell_too_long', { file, line, chars, limit: LIMITS.cellChars }),
  blankLinesOnly: (file: string, lines: number) => msg('file.blank_lines_only', { file, lines }),
  xlsxIncomplete: (file: string, detail?: string) => msg('file.xlsx_incomplete', { file, detail: detail ?? 'none' }),
  xlsxPartTooLarge: (file: string, part: string, size: number, limit: number) =>
    msg('file.xlsx_part_too_large', { file, part, size: mb(size), limit: mb(limit) }),
  encrypted: (file: string) => msg('file.encrypted', { file }),
  uploadInterrupted: (file: string) => msg('file.upload_interrupted', { file }),
  interrupted: (file: string) => msg('file.import_stopped', { file }),
  empty: (file: string) => msg('file.empty', { file }),
  notText: (file: string) => msg('file.not_csv_or_xlsx', { file }),
  legacyXls: (file: string) => msg('file.legacy_xls', { file }),
  numbers: (file: string) => msg('file.numbers', { file }),
  html: (file: string) => msg('file.html', { file }),
  pdf: (file: string) => msg('file.pdf', { file }),
  officeDocument: (file: string) => msg('file.office_document', { file }),
  spreadsheetXml: (file: string) => msg('file.spreadsheet_xml', { file }),
  archiveNoExports: (file: string, found: string) => msg('file.archive_no_exports', { file, found: found || '—' }),
  archiveNotWorkbook: (file: string) => msg('file.archive_here', { file }),
  archiveDamaged: (file: string, detail: string) => msg('file.archive_damaged', { file, detail }),
  archiveTooLarge: (file: string, part: string) => msg('file.archive_too_large', { file, part }),
  badXlsx: (file: string, detail: string) => msg('file.bad_xlsx', { file, detail }),
  unknownEncoding: (file: string) => msg('file.unknown_encoding', { file }),
  badBytes: (file: string, line: number, encoding: string) => msg('file.bad_bytes', { file, line, encoding }),
  cutMidCharacter: (file: string, line: number, encoding: string) =>
    msg('file.truncated_character', { file, line, encoding }),
  cutMidRow: (file: string, line: number, found: number, expected: number) =>
    msg('file.truncated_row', { file, line, found, expected }),
  unclosedQuote: (file: string, line: number) => msg('file.unclosed_quote', { file, line }),
  /** `found`: the file's likely header; `forced`: the platform the merchant picked, if any. */
  unknownHeader: (file: string, scanned: number, found: readonly string[], forced?: PlatformId) => {
    const names = found.filter(Boolean);
    return msg('file.unknown_header', {
      file,
      scanned,
      found: names.length ? names.slice(0, 12).join('、') + (names.length > 12 ? '…' : '') : '—',
      columns: names.length,
      platform: forced ?? 'any',
    });
  },
  noRows: (file: string) => msg('file.no_rows', { file }),
  noRowImported: (file: string, rows: number) => msg('file.no_row_imported', { file, rows }),
  alreadyImported: (file: string, shop: string, at: string) => msg('file.already_imported', { file, shop, at }),
  shopPlatformMismatch: (file: string, shop: string, shopPlatform: string, filePlatform: PlatformId) =>
    msg('file.platform_mismatch', { file, shop, shopPlatform, filePlatform }),
  shopExists: (file: string, shop: string) => msg('file.shop_exists', { file, shop }),
  internal: (file: string) => msg('file.internal', { file }),
  /** The upload route's own refusals, before the import starts. */
  tooLarge: (file: string, size: number, limit: number) =>
    msg('file.too_large', { file, size: Math.round(size / 1e6), limit: Math.round(limit / 1e9) }),
  uploadTruncated: (file: string, received: number, expected: number) =>
    msg('file.upload_truncated', { file, received, expected }),
  uploadStalled: (file: string, received: number, seconds: number) =>
    msg('file.upload_stalled', { file, received, seconds }),
};

export const rowMessages = {
  missing: (column: string) => msg('row.missing', { column }),
  badDate: (column: string, value: string) => msg('row.bad_date', { column, value: quoteCell(value) }),
  impossibleDate: (column: string, value: string, latest: string) =>
    msg('row.impossible_date', { column, value, latest }),
  badMoney: (column: string, value: string) => msg('row.bad_money', { column, value: quoteCell(value) }),
  tooFewColumns: (column: string, found: number, expected: number) =>
    msg('row.too_few_columns', { column, found, expected }),
  imprecisId: (column: string, value: string) => msg('row.imprecise_id', { column, value: quoteCell(value) }),
};
