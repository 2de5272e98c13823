import Papa from 'papaparse';

/**
 * CSV text as the platforms write it: quoted only where needed, CRLF line ends. No formula escaping:
 * these are exports to import, not downloads to open, and PDD's own start IDs with a tab.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(rows as string[][], { newline: '\r\n' })}\r\n`;
}

/** One row in the header's column order; columns not given hold `fill`. */
export function rowOf(header: readonly string[], values: Record<string, string>, fill = ''): string[] {
  return header.map((h) => values[h.trim()] ?? fill);
}
