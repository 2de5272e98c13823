import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A fresh temp folder for one test file's databases and exports. */
export function tempDir(prefix = 'redline-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** CSV text as the platforms write it: quoted only where needed, CRLF by default. */
export function csvText(
  rows: readonly (readonly string[])[],
  opts: { newline?: string; delimiter?: string } = {},
): string {
  const d = opts.delimiter ?? ',';
  const nl = opts.newline ?? '\r\n';
  const cell = (c: string) =>
    /[",\r\n]/.test(c) || (d === '\t' && c.includes('\t')) ? `"${c.replace(/"/g, '""')}"` : c;
  return rows.map((r) => r.map(cell).join(d)).join(nl) + nl;
}

export function writeFile(
  dir: string,
  name: string,
  content: string | Uint8Array,
  encoding: 'utf-8' | 'utf-8-bom' | 'gbk' = 'utf-8',
): string {
  const p = path.join(dir, name);
  let bytes: Uint8Array;
  if (typeof content !== 'string') bytes = content;
  else if (encoding === 'gbk') bytes = iconv.encode(content, 'gbk');
  else if (encoding === 'utf-8-bom')
    bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content, 'utf-8')]);
  else bytes = Buffer.from(content, 'utf-8');
  fs.writeFileSync(p, bytes);
  return p;
}

export async function writeXlsx(
  dir: string,
  name: string,
  sheets: { name: string; rows: unknown[][] }[],
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  const p = path.join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

export const gbk = (text: string) => iconv.encode(text, 'gbk');
