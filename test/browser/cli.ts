/** `redline metrics --json` on a test server's database: the figures the dashboard must show. */
import { runCli } from '../helpers/cli';

export interface CliDay {
  date: string;
  orders30d: number;
  interventions30d: number;
  rate30d: number | null;
  base30d?: number;
  baseRate30d?: number | null;
  status?: string;
  streak?: number;
}

export async function cliMetrics(
  databaseUrl: string,
  shop: string,
  range: { from?: string; to?: string } = {},
): Promise<{ days: CliDay[] }> {
  const args = ['metrics', '--json', '--shop', shop];
  if (range.from) args.push('--from', range.from);
  if (range.to) args.push('--to', range.to);
  const r = await runCli(args, { DATABASE_URL: databaseUrl });
  if (r.status !== 0) throw new Error(`redline metrics failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The percentage as people are shown it: two decimals, rounded once from the exact ratio. */
export const cliRate = (r: number | null) => (r === null ? '—' : `${(Math.round(r * 1e4) / 100).toFixed(2)}%`);

/** A CSV file's rows (quotes, BOM and CRLF handled). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
