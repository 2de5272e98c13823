/**
 * What one export file may cost. Every limit has its own message (messages.ts), so a merchant
 * learns which one a file ran into. Real exports sit far below each: a year of a large PDD shop is
 * about 1,000,000 rows of 23–80 columns.
 */
export const LIMITS = {
  /** Bytes of any one file, as uploaded or read from disk. */
  fileBytes: 1_000_000_000,
  /** Bytes of a workbook: it is unpacked, so it gets less room than text. */
  xlsxBytes: 300 * 1024 * 1024,
  /** Data rows of one file. */
  rows: 5_000_000,
  /** Rows of a worksheet (Excel's own maximum). */
  sheetRows: 1_048_576,
  /** Columns of any row. */
  columns: 1_000,
  /** Characters of one cell (Excel's own maximum). */
  cellChars: 32_767,
  /** Characters of one CSV line (a row, with any line breaks inside quoted cells). */
  lineChars: 1024 * 1024,
  /** Blank lines before the first row. */
  leadingBlankLines: 10_000,
  /** Unpacked bytes of one part of a workbook (a worksheet). */
  xlsxPartBytes: 2 * 1024 * 1024 * 1024,
  /** Unpacked bytes of the small parts (workbook, relationships). */
  xlsxSmallPartBytes: 16 * 1024 * 1024,
  /** Unpacked bytes of the shared-string table. */
  sharedStringsPartBytes: 512 * 1024 * 1024,
  /** Entries of the shared-string table. */
  sharedStrings: 8_000_000,
  /** UTF-8 bytes of all shared strings together, as held in memory while a workbook is read. */
  sharedStringBytes: 192 * 1024 * 1024,
  /** Unpacked bytes of all the parts of a workbook read together. */
  xlsxTotalBytes: 4 * 1024 * 1024 * 1024,
  /** Worksheets of a workbook. */
  sheets: 256,
  /** Entries in a workbook's zip directory. */
  zipEntries: 10_000,
} as const;

export type LimitName = keyof typeof LIMITS;
