import Papa from 'papaparse';
import { FileRejected } from './errors';
import { LIMITS } from './limits';
import { fileMessages } from './messages';

export interface RowBatch {
  rows: string[][];
  /** Physical line (1-based, or the sheet's row number) each row starts on, for messages. */
  lines: number[];
  /** Set on the last batch when the file's last row has no line break after it: where a cut-off file shows. */
  unterminated?: boolean;
}

interface PapaLowLevelParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]>;
}

export function sniffCsvLayout(sample: string): { delimiter: string; newline: '\r\n' | '\n' | '\r' } {
  const head = sample.slice(0, 16384);
  const tabs = head.split('\t').length;
  const commas = head.split(',').length;
  const newline = head.includes('\r\n') ? '\r\n' : head.includes('\n') ? '\n' : head.includes('\r') ? '\r' : '\n';
  return { delimiter: tabs > commas ? '\t' : ',', newline };
}

/**
 * CSV rows from decoded text, parsed by papaparse's own parser chunk by chunk: only the
 * unfinished last row is carried over, so memory stays flat however large the file.
 */
export async function* readCsvRows(
  text: AsyncIterable<string>,
  fileName: string,
  layout: { delimiter: string; newline: '\r\n' | '\n' | '\r' },
): AsyncGenerator<RowBatch> {
  const parser = new (Papa as unknown as { Parser: new (c: object) => PapaLowLevelParser }).Parser({
    delimiter: layout.delimiter,
    newline: layout.newline,
  });
  const nl = layout.newline === '\r' ? '\r' : '\n';
  let line = 1;
  let pending = '';
  let first = true;

  const countNewlines = (text: string, end: number) => {
    let n = 0;
    for (let i = text.indexOf(nl); i !== -1 && i < end; i = text.indexOf(nl, i + 1)) n++;
    return n;
  };
  /** Lines of the rows parsed from text[0, consumed): one each, unless a quoted cell holds line breaks. */
  const batchOf = (rows: string[][], text: string, consumed: number): RowBatch => {
    const lines = new Array<number>(rows.length);
    const breaks = countNewlines(text, consumed);
    // The last row of the file may have no line break after it.
    const simple = breaks === rows.length || (consumed === text.length && breaks === rows.length - 1);
    for (let r = 0; r < rows.length; r++) {
      lines[r] = line;
      line++;
      if (!simple) {
        const row = rows[r];
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (cell.length > 0 && cell.indexOf(nl) !== -1) line += cell.split(nl).length - 1;
        }
      }
    }
    return { rows, lines };
  };

  for await (let chunk of text) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    const input = pending + chunk;
    const res = parser.parse(input, 0, true);
    pending = input.substring(res.meta.cursor);
    // The rows parsed first, so that `line` is the unfinished row's own line below.
    const batch = res.data.length ? batchOf(res.data, input, res.meta.cursor) : null;
    // An unfinished row this long is no export's row: a quote never closed, or a damaged file.
    if (pending.length > LIMITS.lineChars) {
      const columns = pending.split(layout.delimiter).length;
      throw new FileRejected(
        columns > LIMITS.columns
          ? fileMessages.tooManyColumns(fileName, line, columns, true)
          : fileMessages.lineTooLong(fileName, line),
      );
    }
    if (batch) yield batch;
  }
  if (pending.length) {
    // Whatever is left had no line break after it.
    const res = parser.parse(pending, 0, false);
    if (res.errors.some((e) => e.code === 'MissingQuotes'))
      throw new FileRejected(fileMessages.unclosedQuote(fileName, line));
    if (res.data.length) yield { ...batchOf(res.data, pending, pending.length), unterminated: true };
  }
}
