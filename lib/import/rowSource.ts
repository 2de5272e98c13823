/**
 * A file's bytes as batches of rows: what kind of file it is from its first bytes, an old-Office
 * file refused for what it is, a workbook spooled to a scratch file and read from its zip
 * directory, a CSV decoded and split by its sniffed layout.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import { type RowBatch, readCsvRows, sniffCsvLayout } from './csv';
import { decodeStream, SNIFF_SIZE, sniffEncoding, type TextEncoding } from './decode';
import { FileRejected, isSystemError } from './errors';
import { kindOfBytes } from './fileType';
import { LIMITS } from './limits';
import { fileMessages, type Message } from './messages';
import { kindOfOleFile } from './oleFile';
import { removeQuietly } from './tempFiles';
import { readXlsxRows } from './xlsx';

export type Format = { format: 'csv'; encoding: TextEncoding } | { format: 'xlsx' };
export type SheetBatch = RowBatch & { sheet?: string };

export interface ReadOptions {
  /** A new file name in the import's scratch folder, where a workbook is spooled to be read from its end. */
  scratchFile: (suffix: string) => string;
}

/** Looks at the first bytes: xlsx (zip), legacy xls, or text in some encoding. */
export async function sniff(
  bytes: AsyncIterator<Uint8Array>,
  name: string,
): Promise<{ format: Format | { format: 'ole' }; bytes: AsyncIterable<Uint8Array> }> {
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_SIZE) {
    const n = await bytes.next();
    if (n.done) {
      done = true;
      break;
    }
    head.push(n.value);
    size += n.value.length;
  }
  const sample = Buffer.concat(head);
  const replay = async function* () {
    if (sample.length) yield sample;
    if (!done) for (let n = await bytes.next(); !n.done; n = await bytes.next()) yield n.value;
  };
  if (sample.length === 0) throw new FileRejected(fileMessages.empty(name));
  switch (kindOfBytes(sample)) {
    case 'zip':
      return { format: { format: 'xlsx' }, bytes: replay() };
    case 'ole':
      return { format: { format: 'ole' }, bytes: replay() };
    case 'pdf':
      throw new FileRejected(fileMessages.pdf(name));
    case 'html':
      throw new FileRejected(fileMessages.html(name));
    case 'spreadsheetml':
      throw new FileRejected(fileMessages.spreadsheetXml(name));
  }
  return { format: { format: 'csv', encoding: sniffEncoding(sample, name) }, bytes: replay() };
}

/** An old-Office (OLE) file is refused for what it is: a workbook with a password, an .xls, a Word file. */
export async function oleMessage(bytes: AsyncIterable<Uint8Array>, name: string, opts: ReadOptions): Promise<Message> {
  const file = opts.scratchFile('.ole');
  try {
    await spool(bytes, file, name);
    const kind = await kindOfOleFile(file);
    if (kind === 'encrypted') return fileMessages.encrypted(name);
    if (kind === 'xls') return fileMessages.legacyXls(name);
    if (kind === 'doc') return fileMessages.officeDocument(name);
    return fileMessages.notText(name);
  } finally {
    removeQuietly(file);
  }
}

/** A workbook's bytes to a scratch file, within the workbook limit: a zip is read from its end. */
async function spool(bytes: AsyncIterable<Uint8Array>, file: string, name: string): Promise<void> {
  const out = fs.createWriteStream(file, { mode: 0o600 });
  let size = 0;
  try {
    for await (const chunk of bytes) {
      size += chunk.length;
      if (size > LIMITS.xlsxBytes) throw new FileRejected(fileMessages.overLimit(name, 'xlsxBytes', size));
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
}

export async function* rowBatches(
  format: Format,
  bytes: AsyncIterable<Uint8Array>,
  name: string,
  opts: ReadOptions,
): AsyncGenerator<SheetBatch> {
  if (format.format === 'xlsx') {
    const file = opts.scratchFile('.xlsx');
    try {
      await spool(bytes, file, name);
      yield* readXlsxRows(file, name);
    } catch (e) {
      if (e instanceof FileRejected || isSystemError(e)) throw e;
      throw new FileRejected(fileMessages.badXlsx(name, (e as Error).message?.slice(0, 120) ?? 'unreadable'));
    } finally {
      removeQuietly(file);
    }
    return;
  }
  const text = decodeStream(bytes, format.encoding, name);
  // The layout is sniffed on the first text that is not blank: leading blank lines are the header scan's to count.
  let head = '';
  for (;;) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
    if (head.replace(/^\uFEFF/, '').trim() !== '' || head.length > LIMITS.lineChars) break;
  }
  if (head.replace(/^\uFEFF/, '') === '') throw new FileRejected(fileMessages.empty(name));
  const layout = sniffCsvLayout(head.trimStart());
  const all = async function* () {
    yield head;
    yield* text;
  };
  yield* readCsvRows(all(), name, layout);
}
