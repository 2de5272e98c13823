/**
 * What a file really is, from its bytes rather than its name: merchants rename, back ends hand out
 * zips, Kuaishou's order files arrive password-protected, and an "xls" is sometimes an HTML page.
 * Each kind Redline cannot read gets its own message, named for what the file is. The one place
 * that knows the signatures: the reader, the preview and the import page (in the browser, so
 * nothing here needs Node) all ask `kindOfBytes`.
 */
export type ByteKind = 'zip' | 'ole' | 'pdf' | 'html' | 'spreadsheetml' | 'text';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** The kind of file its first bytes say it is. */
export function kindOfBytes(head: Uint8Array): ByteKind {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  // Markup: after a BOM and blank space, an HTML page or table, or Excel 2003's XML spreadsheet.
  const text = String.fromCharCode(...head.subarray(0, 1024))
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '')
    .replace(/\0/g, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|table|meta)\b/.test(text)) return 'html';
  if (text.startsWith('<?xml') && /<(ss:)?workbook\b/.test(text)) return 'spreadsheetml';
  return 'text';
}

export type OleKind = 'encrypted' | 'xls' | 'doc' | 'other';

const utf16 = (s: string) => Buffer.from(s, 'utf16le');
const oleStreams = (): [Buffer, OleKind][] => [
  [utf16('EncryptedPackage'), 'encrypted'],
  [utf16('EncryptionInfo'), 'encrypted'],
  [utf16('Workbook'), 'xls'],
  [utf16('WordDocument'), 'doc'],
];

/**
 * An OLE compound file (old Office format) by the streams its directory names: an xlsx saved with
 * a password is an OLE file holding an EncryptedPackage stream; an .xls holds a Workbook stream.
 * `bytes` is the whole file (the directory may sit anywhere in it).
 */
export function kindOfOle(bytes: Uint8Array): OleKind {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const [name, kind] of oleStreams()) if (b.includes(name)) return kind;
  // Excel 5/95 workbooks name their stream "Book".
  if (b.includes(Buffer.concat([utf16('Book'), Buffer.from([0, 0])]))) return 'xls';
  return 'other';
}

export type ZipKind = 'xlsx' | 'numbers' | 'office' | 'archive';

/** A zip by the names inside it: a workbook, an Apple Numbers file, another Office file, or an archive of files. */
export function kindOfZip(lowerCaseNames: readonly string[]): ZipKind {
  const names = new Set(lowerCaseNames.map((n) => n.replace(/^\//, '')));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if ([...names].some((n) => n === 'index.zip' || (n.startsWith('index/') && n.endsWith('.iwa')))) return 'numbers';
  if (names.has('[content_types].xml') || names.has('mimetype')) return 'office';
  return 'archive';
}
