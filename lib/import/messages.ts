/**
 * What the import tells a merchant, in both languages. Every message names the file, and where it
 * can, the line and the column, and says what was expected.
 */
export type Lang = 'zh' | 'en';

export interface Message {
  code: string;
  zh: string;
  en: string;
}

const list = (xs: readonly string[]) => xs.join('、');

export const fileMessages = {
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
  unknownHeader: (file: string, scanned: number, orders: readonly string[], afterSales: readonly string[], forced?: string): Message => ({
    code: 'file.unknown_header',
    zh:
      `文件「${file}」前 ${scanned} 行中没有找到${forced ? `${forced}的` : ''}订单或售后表头。` +
      `订单表需要订单号列（${list(orders)}）；售后表需要（${list(afterSales)}）。请确认这是平台后台导出的订单或售后报表。`,
    en:
      `File "${file}": no ${forced ? forced + ' ' : ''}order or after-sales header in the first ${scanned} rows. ` +
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
    zh: `「${column}」列的值「${value}」不是日期时间（应为 2024-01-01 12:00:00 这样的格式）。`,
    en: `column "${column}": "${value}" is not a date and time (expected like 2024-01-01 12:00:00).`,
  }),
  impossibleDate: (column: string, value: string, latest: string): Message => ({
    code: 'row.impossible_date',
    zh: `「${column}」列的日期「${value}」不可能（应在 2000-01-01 至 ${latest} 之间），这一行没有计入。`,
    en: `column "${column}": "${value}" is not a possible date (expected between 2000-01-01 and ${latest}); the row was not counted.`,
  }),
  badMoney: (column: string, value: string): Message => ({
    code: 'row.bad_money',
    zh: `「${column}」列的值「${value}」不是金额，该行已导入但不含金额。`,
    en: `column "${column}": "${value}" is not an amount of money; the row was imported without it.`,
  }),
  tooFewColumns: (column: string, found: number, expected: number): Message => ({
    code: 'row.too_few_columns',
    zh: `该行只有 ${found} 列（表头有 ${expected} 列），缺少「${column}」列。`,
    en: `the row has ${found} columns where the header has ${expected}; column "${column}" is missing.`,
  }),
  imprecisId: (column: string, value: string): Message => ({
    code: 'row.imprecise_id',
    zh: `「${column}」列的编号 ${value} 在表格中被存成了数字，超过 15 位的部分已丢失，无法得到正确编号。请把该列设为文本后重新导出，或改用 CSV。`,
    en: `column "${column}": the ID ${value} was stored as a number in the spreadsheet and lost its digits beyond the 15th, so the real ID cannot be recovered. Export with the column as text, or use CSV.`,
  }),
};

export function pick(m: Message, lang: Lang): string {
  return lang === 'en' ? m.en : m.zh;
}
