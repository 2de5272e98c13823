import fs from 'node:fs';
import { kindOfOle, type OleKind } from './fileType';

/** `kindOfOle` for an OLE file on disk, read in chunks (a stream name may straddle two). */
export async function kindOfOleFile(file: string): Promise<OleKind> {
  const found = new Set<OleKind>();
  let carry = Buffer.alloc(0);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    const b = Buffer.concat([carry, chunk as Buffer]);
    found.add(kindOfOle(b));
    carry = b.subarray(Math.max(0, b.length - 64));
  }
  for (const kind of ['encrypted', 'xls', 'doc'] as const) if (found.has(kind)) return kind;
  return 'other';
}
