/**
 * Rows of an xlsx workbook, read from its zip directory: the workbook's sheet list, the shared
 * strings (held compactly, within limits), then each worksheet streamed through a SAX parser, in
 * the workbook's order. Memory is the shared strings plus one batch of rows, whatever the order of
 * the parts inside the zip.
 */

import type { SaxesTagPlain } from 'saxes';
import type { RowBatch } from './csv';
import { withoutControls } from './decode';
import { FileRejected } from './errors';
import { kindOfZip } from './fileType';
import { LIMITS } from './limits';
import { fileMessages } from './messages';
import { IMPRECISE_NUMBER } from './normalize';
import { readSharedStrings, type SharedStrings } from './xlsxStrings';
import { workbookParts } from './xlsxWorkbook';
import { type Budget, local, parsePart, xmlParser } from './xlsxXml';
import { openZip, type ZipArchive } from './zip';

const BATCH_ROWS = 2000;

/** "AB12" -> 27 (0-based column); -1 when there is no reference. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : col - 1;
}

/** A number cell as the text the CSV path would have seen; a long integer is an ID that lost digits. */
function numberText(v: string): string {
  const n = Number(v);
  if (Number.isNaN(n)) return v;
  if (Number.isInteger(n) && Math.abs(n) >= 1e15) return IMPRECISE_NUMBER + BigInt(n).toString();
  return String(n);
}

async function* sheetRows(
  zip: ZipArchive,
  part: string,
  sheet: string,
  strings: SharedStrings,
  fileName: string,
  budget: Budget,
): AsyncGenerator<RowBatch & { sheet: string }> {
  const parser = xmlParser();
  let rows: string[][] = [];
  let lines: number[] = [];
  let row: string[] | null = null;
  let rowNumber = 0;
  let sheetRowCount = 0;
  let col = 0;
  let type = '';
  let value: string | null = null;
  let capture = false;
  let inInline = false;
  let phonetic = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    switch (local(tag.name)) {
      case 'row': {
        const r = Number(tag.attributes.r);
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        if (++sheetRowCount > LIMITS.sheetRows || rowNumber > LIMITS.sheetRows)
          throw new FileRejected(fileMessages.overLimit(fileName, 'sheetRows', rowNumber));
        row = [];
        break;
      }
      case 'c': {
        const ref = tag.attributes.r;
        const at = typeof ref === 'string' ? columnOf(ref) : -1;
        col = at >= 0 ? at : (row?.length ?? 0);
        if (col >= LIMITS.columns) throw new FileRejected(fileMessages.tooManyColumns(fileName, rowNumber, col + 1));
        type = String(tag.attributes.t ?? 'n');
        value = null;
        break;
      }
      case 'v':
        capture = !inInline;
        if (capture) value = '';
        break;
      case 'is':
        inInline = true;
        value = '';
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        capture = inInline && phonetic === 0;
        break;
    }
  });
  parser.on('text', (t: string) => {
    if (!capture) return;
    value = (value ?? '') + t;
    if (value.length > LIMITS.cellChars)
      throw new FileRejected(fileMessages.cellTooLong(fileName, rowNumber, value.length));
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    switch (local(tag.name)) {
      case 'v':
      case 't':
        capture = false;
        break;
      case 'is':
        inInline = false;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'c': {
        if (!row || value === null) break;
        let text: string;
        if (type === 's') text = strings.get(Number(value)) ?? '';
        else if (type === 'n') text = numberText(value);
        else if (type === 'b') text = value === '1' ? '是' : '否';
        else if (type === 'e') text = '';
        else text = withoutControls(value); // str, inlineStr, d
        while (row.length < col) row.push('');
        row[col] = text;
        break;
      }
      case 'row':
        if (row) {
          rows.push(row);
          lines.push(rowNumber);
        }
        row = null;
        break;
    }
  });
  for await (const _ of parsePart(await zip.open(part, LIMITS.xlsxPartBytes), parser, fileName, part, budget)) {
    if (rows.length >= BATCH_ROWS) {
      yield { rows, lines, sheet };
      rows = [];
      lines = [];
    }
  }
  if (rows.length) yield { rows, lines, sheet };
}

/** Rows of every sheet of the workbook at `filePath`, in the workbook's order. */
export async function* readXlsxRows(filePath: string, fileName: string): AsyncGenerator<RowBatch & { sheet: string }> {
  const zip = await openZip(filePath, fileName);
  try {
    const kind = kindOfZip(zip.names());
    if (kind === 'numbers') throw new FileRejected(fileMessages.numbers(fileName));
    if (kind === 'office') throw new FileRejected(fileMessages.officeDocument(fileName));
    if (kind === 'archive') throw new FileRejected(fileMessages.archiveNotWorkbook(fileName));
    const budget: Budget = { used: 0 };
    const { sheets, shared } = await workbookParts(zip, fileName, budget);
    if (!sheets.length) throw new FileRejected(fileMessages.badXlsx(fileName, 'no worksheet'));
    const strings = await readSharedStrings(zip, shared, fileName, budget);
    for (const s of sheets) yield* sheetRows(zip, s.part, s.name, strings, fileName, budget);
  } finally {
    zip.close();
  }
}
