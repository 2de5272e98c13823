/** Workbooks built part by part as real zips (fflate), in the part order and sizes a test chooses. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Zip, ZipDeflate } from 'fflate';

export const WORKBOOK_PARTS: [string, string][] = [
  [
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
  ],
  [
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ],
  [
    'xl/workbook.xml',
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="订单" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ],
  [
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  ],
];

/** Large zips are kept here between runs, named by a hash of their parts: deflating costs far more than reading. */
const KEPT = path.join(import.meta.dirname, '..', '.tmp', 'zips');
const KEEP_FROM_BYTES = 8 * 1024 * 1024;

/**
 * A zip whose parts are produced by generators of text chunks, in the order given, deflated as they
 * stream. One of more than 8 MB unpacked is deflated once and copied from then on: the parts are
 * generated and hashed first, so any change to them makes a new zip.
 */
export async function writeZip(file: string, parts: [string, () => Iterable<string>][]): Promise<void> {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const [name, gen] of parts) {
    hash.update(`\0${name}\0`);
    for (const text of gen()) {
      hash.update(text);
      bytes += text.length;
    }
  }
  if (bytes < KEEP_FROM_BYTES) return deflateZip(file, parts);
  const kept = path.join(KEPT, `${hash.digest('hex')}.zip`);
  if (!fs.existsSync(kept)) {
    fs.mkdirSync(KEPT, { recursive: true });
    // Written beside, then renamed: a test in another worker never copies half a zip.
    const partial = `${kept}.${process.pid}.tmp`;
    await deflateZip(partial, parts);
    fs.renameSync(partial, kept);
  }
  fs.copyFileSync(kept, file);
}

function deflateZip(file: string, parts: [string, () => Iterable<string>][]): Promise<void> {
  const out = fs.createWriteStream(file);
  return new Promise<void>((resolve, reject) => {
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      out.write(chunk);
      if (final) out.end(resolve);
    });
    const enc = new TextEncoder();
    for (const [name, gen] of parts) {
      const entry = new ZipDeflate(name, { level: 1 });
      zip.add(entry);
      for (const text of gen()) entry.push(enc.encode(text));
      entry.push(new Uint8Array(0), true);
    }
    zip.end();
  });
}

export const fixed = (text: string) => () => [text];
export function* repeat(head: string, unit: string, times: number, tail: string) {
  yield head;
  const block = unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length)));
  const per = block.length / unit.length;
  let left = times;
  for (; left >= per; left -= per) yield block;
  yield unit.repeat(left);
  yield tail;
}
export const SHEET_HEAD =
  '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** A workbook whose shared-string table holds `count` one-letter strings: a few MB packed, past any limit unpacked. */
export function writeSharedStringBomb(file: string, count: number): Promise<void> {
  return writeZip(file, [
    ...WORKBOOK_PARTS.map(([n, t]) => [n, fixed(t)] as [string, () => Iterable<string>]),
    ['xl/sharedStrings.xml', () => repeat('<?xml version="1.0"?><sst>', '<si><t>x</t></si>', count, '</sst>')],
    ['xl/worksheets/sheet1.xml', fixed(`${SHEET_HEAD}</sheetData></worksheet>`)],
  ]);
}

/** A stored (uncompressed) zip whose entry names are the given bytes, without the UTF-8 flag, as Chinese Windows writes them. */
export function storedZip(entries: { name: Buffer; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
