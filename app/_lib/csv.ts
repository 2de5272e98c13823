import 'server-only';
import Papa from 'papaparse';

/**
 * A cell a spreadsheet would run as a formula: starting with = + - @ (or a tab, carriage return or
 * line feed), or with one of the full-width, small, super- and subscript forms (＝ ＋ － ＠ ﹦ ⁺ ₌ ⩵ …)
 * that spreadsheets in Chinese and Japanese turn into the ASCII ones: every character whose NFKC
 * form starts with one of them (test/ui/format.test.ts lists them all from Unicode).
 */
export const FORMULA_START =
  /^[=+\-@\t\r\n\u207a\u207c\u208a\u208c\u2a75\u2a76\ufb29\ufe62\ufe63\ufe66\ufe6b\uff0b\uff0d\uff1d\uff20]/;

type Cell = string | number | null | undefined;

/**
 * CSV for downloads, safe to open in a spreadsheet: papaparse writes it, prefixing a formula cell
 * with an apostrophe (and quoting it). UTF-8 with a BOM so Excel reads Chinese correctly; CRLF.
 */
export function csvDocument(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${Papa.unparse(rows as Cell[][], { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}

/** One cell as csvDocument writes it. */
export function csvCell(value: Cell): string {
  return Papa.unparse([[value]], { escapeFormulae: FORMULA_START });
}

/** A download response: an attachment (the route wrapper marks it no-store). */
export function csvResponse(body: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    },
  });
}
