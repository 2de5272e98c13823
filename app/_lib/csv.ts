import 'server-only';

const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * CSV for downloads, safe to open in a spreadsheet: a cell starting with = + - @ (or a tab or
 * carriage return) would run as a formula, so it is prefixed with an apostrophe. Their full-width
 * and small forms (＝ ＋ － ＠ ﹦ …) too: spreadsheets in Chinese and Japanese turn them into the
 * ASCII ones, and NFKC names them all. UTF-8 with a BOM so Excel reads Chinese correctly.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s.slice(0, 4).normalize('NFKC'))) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvDocument(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
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
