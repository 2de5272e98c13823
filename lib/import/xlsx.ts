import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { wallClockFromSheetDate } from '../time/china';
import type { RowBatch } from './csv';
import { IMPRECISE_NUMBER } from './normalize';

const BATCH_ROWS = 2000;

/** Spreadsheet cell into the text the CSV path would have seen. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    // Doubles keep 15 significant digits: a longer integer is an ID that already lost digits.
    if (Number.isInteger(v) && Math.abs(v) >= 1e15) return IMPRECISE_NUMBER + BigInt(v).toString();
    return String(v);
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return wallClockFromSheetDate(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellText(o.result);
    if (typeof o.text === 'string') return o.text;
    if ('error' in o) return '';
  }
  return String(v);
}

/**
 * Rows of every sheet, streamed: ExcelJS's streaming reader never holds the sheet in memory
 * (only the shared-string table, which xlsx needs to be read at all).
 */
export async function* readXlsxRows(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<RowBatch & { sheet: string }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name ?? 'Sheet';
    let rows: string[][] = [];
    let lines: number[] = [];
    for await (const row of sheet) {
      const values = row.values as unknown[];
      const out: string[] = [];
      // row.values is 1-based and sparse.
      for (let c = 1; c < values.length; c++) out.push(cellText(values[c]));
      rows.push(out);
      lines.push(row.number);
      if (rows.length >= BATCH_ROWS) {
        yield { rows, lines, sheet: name };
        rows = [];
        lines = [];
      }
    }
    if (rows.length) yield { rows, lines, sheet: name };
  }
}
