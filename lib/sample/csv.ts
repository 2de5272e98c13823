/** CSV text as the platforms write it: quoted only where needed, CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** One row in the header's column order; columns not given hold `fill`. */
export function rowOf(header: readonly string[], values: Record<string, string>, fill = ''): string[] {
  return header.map((h) => values[h.trim()] ?? fill);
}
