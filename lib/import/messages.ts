/**
 * What the import tells a merchant, in both languages. Every message names the file, and where it
 * can, the line and the column, and says what was expected.
 */
import { LIMITS, type LimitName } from './limits';

export type Lang = 'zh' | 'en';

export interface Message {
  code: string;
  zh: string;
  en: string;
}

const list = (xs: readonly string[]) => xs.join('、');
const n = (x: number) => x.toLocaleString('en-US');
const mb = (bytes: number) => `${n(Math.round(bytes / 1024 / 1024))} MB`;

/**
 * A cell's text as a message may quote it: never an internal marker, a control character, or
 * more than 40 characters of it.
 */
export function quoteCell(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = value.replace(IMPRECISE_PREFIX, '').replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > 40 ? `${clean.slice(0, 40)}…（${n(clean.length)}）` : clean;
}
const IMPRECISE_PREFIX = '\u0000imprecise:';

const SUGGEST_CSV = {
  zh: '工作簿太大时，请改用后台的 CSV 导出，或按时间分段导出。',
  en: "For a workbook this large, use the back end's CSV export, or export shorter date ranges.",
};

/** What each limit is called in a message, and the number it allows. */
const LIMIT_TEXT: Record<LimitName, { zh: (v: number) => string; en: (v: number) => string; workbook?: boolean }> = {
  fileBytes: {
    zh: (v) => `有 ${mb(v)}，超过单个文件 ${mb(LIMITS.fileBytes)} 的上限`,
    en: (v) => `is ${mb(v)}, over the ${mb(LIMITS.fileBytes)} limit per file`,
  },
  xlsxBytes: {
    zh: (v) => `有 ${mb(v)}，超过工作簿 ${mb(LIMITS.xlsxBytes)} 的上限`,
    en: (v) => `is ${mb(v)}, over the ${mb(LIMITS.xlsxBytes)} limit for a workbook`,
    workbook: true,
  },
  rows: {
    zh: (v) => `超过 ${n(LIMITS.rows)} 行的上限（已读到第 ${n(v)} 行）`,
    en: (v) => `has more than ${n(LIMITS.rows)} rows (the limit; read up to row ${n(v)})`,
  },
  sheetRows: {
    zh: (v) => `的工作表超过 ${n(LIMITS.sheetRows)} 行的上限（第 ${n(v)} 行）`,
    en: (v) => `has a worksheet over the ${n(LIMITS.sheetRows)}-row limit (row ${n(v)})`,
    workbook: true,
  },
  columns: {
    zh: (v) => `有 ${n(v)} 列，超过 ${n(LIMITS.columns)} 列的上限`,
    en: (v) => `has ${n(v)} columns (limit ${n(LIMITS.columns)})`,
  },
  cellChars: {
    zh: (v) => `有一个单元格长 ${n(v)} 个字符，超过 ${n(LIMITS.cellChars)} 的上限`,
    en: (v) => `has a cell of ${n(v)} characters (limit ${n(LIMITS.cellChars)})`,
  },
  lineChars: {
    zh: (v) => `有一行超过 ${n(LIMITS.lineChars)} 个字符（${n(v)}）`,
    en: (v) => `has a line longer than ${n(LIMITS.lineChars)} characters (${n(v)})`,
  },
  leadingBlankLines: {
    zh: () => `在第一行内容之前有超过 ${n(LIMITS.leadingBlankLines)} 个空行`,
    en: () => `has more than ${n(LIMITS.leadingBlankLines)} blank lines before the first row`,
  },
  xlsxPartBytes: {
    zh: (v) => `的一个工作表解压后有 ${mb(v)}，超过 ${mb(LIMITS.xlsxPartBytes)} 的上限`,
    en: (v) => `has a worksheet that unpacks to ${mb(v)} (limit ${mb(LIMITS.xlsxPartBytes)})`,
    workbook: true,
  },
  xlsxSmallPartBytes: {
    zh: (v) => `的工作簿结构部分解压后有 ${mb(v)}，不像正常的导出文件`,
    en: (v) => `has a workbook part that unpacks to ${mb(v)}, which no export has`,
    workbook: true,
  },
  sharedStringsPartBytes: {
    zh: (v) => `的共享文本表解压后有 ${mb(v)}，超过 ${mb(LIMITS.sharedStringsPartBytes)} 的上限`,
    en: (v) => `has a shared-string table that unpacks to ${mb(v)} (limit ${mb(LIMITS.sharedStringsPartBytes)})`,
    workbook: true,
  },
  sharedStrings: {
    zh: (v) => `的共享文本超过 ${n(LIMITS.sharedStrings)} 条的上限（${n(v)}）`,
    en: (v) => `has more than ${n(LIMITS.sharedStrings)} shared strings (${n(v)})`,
    workbook: true,
  },
  sharedStringBytes: {
    zh: (v) => `的共享文本共 ${mb(v)}，超过 ${mb(LIMITS.sharedStringBytes)} 的上限`,
    en: (v) => `has ${mb(v)} of shared strings (limit ${mb(LIMITS.sharedStringBytes)})`,
    workbook: true,
  },
  xlsxTotalBytes: {
    zh: (v) => `解压后超过 ${mb(LIMITS.xlsxTotalBytes)}（已读 ${mb(v)}）`,
    en: (v) => `unpacks to more than ${mb(LIMITS.xlsxTotalBytes)} (${mb(v)} read)`,
    workbook: true,
  },
  sheets: {
    zh: (v) => `有 ${n(v)} 个工作表，超过 ${n(LIMITS.sheets)} 的上限`,
    en: (v) => `has ${n(v)} worksheets (limit ${n(LIMITS.sheets)})`,
    workbook: true,
  },
  zipEntries: {
    zh: (v) => `的压缩包里有 ${n(v)} 个部分，超过 ${n(LIMITS.zipEntries)} 的上限`,
    en: (v) => `holds ${n(v)} parts (limit ${n(LIMITS.zipEntries)})`,
    workbook: true,
  },
};

export const fileMessages = {
  overLimit: (file: string, limit: LimitName, value: number): Message => {
    const t = LIMIT_TEXT[limit];
    return {
      code: `file.limit.${limit}`,
      zh: `文件「${file}」${t.zh(value)}，整个文件未导入。${t.workbook ? SUGGEST_CSV.zh : ''}`,
      en: `File "${file}" ${t.en(value)}; nothing from it was imported.${t.workbook ? ` ${SUGGEST_CSV.en}` : ''}`,
    };
  },
  lineTooLong: (file: string, line: number): Message => ({
    code: 'file.line_too_long',
    zh: `文件「${file}」第 ${n(line)} 行超过 ${n(LIMITS.lineChars)} 个字符，不像平台导出的表格（可能是引号没有闭合或文件已损坏）。整个文件未导入。`,
    en: `File "${file}": line ${n(line)} is longer than ${n(LIMITS.lineChars)} characters, which no export has (an unclosed quote, or a damaged file). Nothing from it was imported.`,
  }),
  tooManyColumns: (file: string, line: number, columns: number, orMore = false): Message => ({
    code: 'file.too_many_columns',
    zh: `文件「${file}」第 ${n(line)} 行有 ${n(columns)}${orMore ? ' 以上' : ''} 列，超过 ${n(LIMITS.columns)} 列的上限。整个文件未导入。`,
    en: `File "${file}": line ${n(line)} has ${n(columns)}${orMore ? ' or more' : ''} columns (limit ${n(LIMITS.columns)}). Nothing from it was imported.`,
  }),
  headerTooWide: (file: string, line: number, columns: number): Message => ({
    code: 'file.header_too_wide',
    zh: `文件「${file}」的表头（第 ${n(line)} 行）有 ${n(columns)} 列，超过 ${n(LIMITS.columns)} 列的上限。整个文件未导入。`,
    en: `File "${file}": the header (line ${n(line)}) has ${n(columns)} columns (limit ${n(LIMITS.columns)}). Nothing from it was imported.`,
  }),
  cellTooLong: (file: string, line: number, chars: number): Message => ({
    code: 'file.cell_too_long',
    zh: `文件「${file}」第 ${n(line)} 行有一个单元格长 ${n(chars)} 个字符，超过 ${n(LIMITS.cellChars)} 的上限。整个文件未导入。`,
    en: `File "${file}": line ${n(line)} has a cell of ${n(chars)} characters (limit ${n(LIMITS.cellChars)}). Nothing from it was imported.`,
  }),
  blankLinesOnly: (file: string, lines: number): Message => ({
    code: 'file.blank_lines_only',
    zh: `文件「${file}」只有 ${n(lines)} 个空行，没有表头和数据。`,
    en: `File "${file}" holds ${n(lines)} blank lines and no header or rows.`,
  }),
  xlsxIncomplete: (file: string, detail?: string): Message => ({
    code: 'file.xlsx_incomplete',
    zh: `文件「${file}」不完整：工作簿的结尾缺失或已损坏（下载被中断？）。整个文件未导入，请重新导出后再导入。${detail ? `（${detail}）` : ''}`,
    en: `File "${file}" is incomplete: the end of the workbook is missing or damaged (interrupted download?). Nothing from it was imported; export it again.${detail ? ` (${detail})` : ''}`,
  }),
  xlsxPartTooLarge: (file: string, part: string, size: number, limit: number): Message => ({
    code: 'file.xlsx_part_too_large',
    zh: `文件「${file}」中的「${part}」解压后有 ${mb(size)}，超过 ${mb(limit)} 的上限，整个文件未导入。${SUGGEST_CSV.zh}`,
    en: `File "${file}": its part "${part}" unpacks to ${mb(size)} (limit ${mb(limit)}); nothing from it was imported. ${SUGGEST_CSV.en}`,
  }),
  encrypted: (file: string): Message => ({
    code: 'file.encrypted',
    zh: `文件「${file}」设置了密码（已加密），无法读取。请在后台导出时不设密码，再导入。`,
    en: `File "${file}" is encrypted (password-protected) and cannot be read. Export it again without a password, then import that.`,
  }),
  uploadInterrupted: (file: string): Message => ({
    code: 'file.upload_interrupted',
    zh: `文件「${file}」上传中断，整个文件未导入。请重试。`,
    en: `The upload of "${file}" was interrupted; nothing from it was imported. Try again.`,
  }),
  interrupted: (file: string): Message => ({
    code: 'file.import_stopped',
    zh: `导入文件「${file}」时读取过程意外终止（可能超出内存上限），已撤销本次导入，之前的数据不受影响。`,
    en: `Reading "${file}" stopped unexpectedly (it may have run out of its memory allowance); the import was undone and the data stored before is unchanged.`,
  }),
  empty: (file: string): Message => ({
    code: 'file.empty',
    zh: `文件「${file}」是空的，没有可导入的内容。`,
    en: `File "${file}" is empty: there is nothing to import.`,
  }),
  notText: (file: string): Message => ({
    code: 'file.not_csv_or_xlsx',
    zh: `文件「${file}」不是 CSV 或 xlsx 表格（内容是二进制数据）。请从平台后台重新导出订单或售后表格。`,
    en: `File "${file}" is not a CSV or xlsx spreadsheet (it holds binary data). Export the order or after-sales report from the platform again.`,
  }),
  legacyXls: (file: string): Message => ({
    code: 'file.legacy_xls',
    zh: `文件「${file}」是旧版 Excel .xls 格式，请在 Excel 中另存为 .xlsx 或 CSV 后再导入。`,
    en: `File "${file}" is an old Excel .xls workbook. Save it as .xlsx or CSV in Excel, then import that.`,
  }),
  badXlsx: (file: string, detail: string): Message => ({
    code: 'file.bad_xlsx',
    zh: `文件「${file}」不是有效的 xlsx 工作簿（${detail}）。`,
    en: `File "${file}" is not a readable xlsx workbook (${detail}).`,
  }),
  unknownEncoding: (file: string): Message => ({
    code: 'file.unknown_encoding',
    zh: `文件「${file}」既不是 UTF-8 也不是 GBK/GB18030 编码的文本，无法读取。`,
    en: `File "${file}" is neither UTF-8 nor GBK/GB18030 text and cannot be read.`,
  }),
  badBytes: (file: string, line: number, encoding: string): Message => ({
    code: 'file.bad_bytes',
    zh: `文件「${file}」第 ${line} 行含有不属于 ${encoding} 编码的字节，文件可能已损坏。整个文件未导入。`,
    en: `File "${file}", line ${line}: bytes that are not valid ${encoding}; the file looks damaged. Nothing from it was imported.`,
  }),
  cutMidCharacter: (file: string, line: number, encoding: string): Message => ({
    code: 'file.truncated_character',
    zh: `文件「${file}」在第 ${line} 行的一个 ${encoding} 字符中间结束，文件不完整（可能下载或复制时被截断）。整个文件未导入，请重新导出。`,
    en: `File "${file}" ends in the middle of a ${encoding} character on line ${line}: it is incomplete (cut off while downloading or copying). Nothing from it was imported; export it again.`,
  }),
  cutMidRow: (file: string, line: number, found: number, expected: number): Message => ({
    code: 'file.truncated_row',
    zh: `文件「${file}」在第 ${line} 行中间结束（该行只有 ${found} 列，表头有 ${expected} 列），文件不完整。整个文件未导入，请重新导出。`,
    en: `File "${file}" ends in the middle of line ${line} (${found} of ${expected} columns): it is incomplete. Nothing from it was imported; export it again.`,
  }),
  unclosedQuote: (file: string, line: number): Message => ({
    code: 'file.unclosed_quote',
    zh: `文件「${file}」第 ${line} 行的引号没有闭合，直到文件末尾，文件不完整或已损坏。整个文件未导入。`,
    en: `File "${file}", line ${line}: a quoted cell is never closed before the end of the file; the file is incomplete or damaged. Nothing from it was imported.`,
  }),
  unknownHeader: (
    file: string,
    scanned: number,
    orders: readonly string[],
    afterSales: readonly string[],
    forced?: string,
  ): Message => ({
    code: 'file.unknown_header',
    zh:
      `文件「${file}」前 ${scanned} 行中没有找到${forced ? `${forced}的` : ''}订单或售后表头。` +
      `订单表需要订单号列（${list(orders)}）；售后表需要（${list(afterSales)}）。请确认这是平台后台导出的订单或售后报表。`,
    en:
      `File "${file}": no ${forced ? `${forced} ` : ''}order or after-sales header in the first ${scanned} rows. ` +
      `An order export needs an order number and a payment time column (${list(orders)}); an after-sales export needs (${list(afterSales)}). ` +
      `Check that this is an order or after-sales report exported from the platform's back end.`,
  }),
  noRows: (file: string): Message => ({
    code: 'file.no_rows',
    zh: `文件「${file}」只有表头，没有数据行。`,
    en: `File "${file}" has a header but no data rows.`,
  }),
  shopPlatformMismatch: (file: string, shop: string, shopPlatform: string, filePlatform: string): Message => ({
    code: 'file.platform_mismatch',
    zh: `文件「${file}」是${filePlatform}的导出，但店铺「${shop}」是${shopPlatform}店铺。请选择正确的店铺。`,
    en: `File "${file}" is a ${filePlatform} export, but shop "${shop}" is a ${shopPlatform} shop. Choose the right shop.`,
  }),
  internal: (file: string): Message => ({
    code: 'file.internal',
    zh: `导入文件「${file}」时出错，已撤销本次导入，之前的数据不受影响。`,
    en: `Importing "${file}" failed; the import was undone and the data stored before is unchanged.`,
  }),
};

export const rowMessages = {
  missing: (column: string): Message => ({
    code: 'row.missing',
    zh: `「${column}」列为空，该行需要它。`,
    en: `column "${column}" is empty and this row needs it.`,
  }),
  badDate: (column: string, value: string): Message => ({
    code: 'row.bad_date',
    zh: `「${column}」列的值「${quoteCell(value)}」不是日期时间（应为 2024-01-01 12:00:00 这样的格式）。`,
    en: `column "${column}": "${quoteCell(value)}" is not a date and time (expected like 2024-01-01 12:00:00).`,
  }),
  impossibleDate: (column: string, value: string, latest: string): Message => ({
    code: 'row.impossible_date',
    zh: `「${column}」列的日期「${value}」不可能（应在 2000-01-01 至 ${latest} 之间），这一行没有计入。`,
    en: `column "${column}": "${value}" is not a possible date (expected between 2000-01-01 and ${latest}); the row was not counted.`,
  }),
  badMoney: (column: string, value: string): Message => ({
    code: 'row.bad_money',
    zh: `「${column}」列的值「${quoteCell(value)}」不是金额，该行已导入但不含金额。`,
    en: `column "${column}": "${quoteCell(value)}" is not an amount of money; the row was imported without it.`,
  }),
  tooFewColumns: (column: string, found: number, expected: number): Message => ({
    code: 'row.too_few_columns',
    zh: `该行只有 ${found} 列（表头有 ${expected} 列），缺少「${column}」列。`,
    en: `the row has ${found} columns where the header has ${expected}; column "${column}" is missing.`,
  }),
  imprecisId: (column: string, value: string): Message => ({
    code: 'row.imprecise_id',
    zh: `「${column}」列的编号 ${quoteCell(value)} 在表格中被存成了数字，超过 15 位的部分已丢失，无法得到正确编号。请把该列设为文本后重新导出，或改用 CSV。`,
    en: `column "${column}": the ID ${quoteCell(value)} was stored as a number in the spreadsheet and lost its digits beyond the 15th, so the real ID cannot be recovered. Export with the column as text, or use CSV.`,
  }),
};

export function pick(m: Message, lang: Lang): string {
  return lang === 'en' ? m.en : m.zh;
}
