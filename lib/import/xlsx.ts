/**
 * Rows of an xlsx workbook, read from its zip directory: the workbook's sheet list, the shared
 * strings (held compactly, within limits), then each worksheet streamed through a SAX parser, in
 * the workbook's order. Memory is the shared strings plus one batch of rows, whatever the order of
 * the parts inside the zip.
 */

import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { RowBatch } from './csv';
import { withoutControls } from './decode';
import { FileRejected } from './errors';
import { kindOfZip } from './fileType';
import { LIMITS } from './limits';
import { fileMessages } from './messages';
import { IMPRECISE_NUMBER } from './normalize';
import { openZip, type ZipArchive } from './zip';

const BATCH_ROWS = 2000;

/** Plain (no namespace processing) and without position tracking: the fast mode. */
const xmlParser = () => new SaxesParser({ xmlns: false, position: false });
type XmlParser = ReturnType<typeof xmlParser>;

const local = (name: string) => {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
};

/** Unpacked bytes read so far from one workbook's parts, against LIMITS.xlsxTotalBytes. */
interface Budget {
  used: number;
}

/** Feeds a part's unpacked bytes, decoded as UTF-8, to a SAX parser, yielding after each chunk. */
async function* parsePart(
  stream: Readable,
  parser: XmlParser,
  fileName: string,
  part: string,
  budget: Budget,
): AsyncGenerator<void> {
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) {
      budget.used += (chunk as Buffer).length;
      if (budget.used > LIMITS.xlsxTotalBytes)
        throw new FileRejected(fileMessages.overLimit(fileName, 'xlsxTotalBytes', budget.used));
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
      yield;
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (e) {
    if (e instanceof FileRejected || isSystemError(e)) throw e;
    const message = (e as Error).message ?? '';
    if (
      /too many bytes|too few bytes|unexpected end|invalid distance|invalid stored block|incorrect header check|invalid block type/i.test(
        message,
      )
    ) {
      throw new FileRejected(fileMessages.xlsxIncomplete(fileName, message.slice(0, 120)));
    }
    throw new FileRejected(fileMessages.badXlsx(fileName, `${part}: ${message.slice(0, 120)}`));
  } finally {
    stream.destroy();
  }
}

/** A failure of this machine (disk full, no permission), not of the merchant's file. */
export const isSystemError = (e: unknown) =>
  typeof (e as { code?: unknown })?.code === 'string' && /^E[A-Z]+$/.test((e as { code: string }).code);

async function drain(gen: AsyncGenerator<void>) {
  for await (const _ of gen);
}

/** Relationship id -> target part name, for a part's .rels file. */
async function relationships(
  zip: ZipArchive,
  relsName: string,
  baseDir: string,
  fileName: string,
  budget: Budget,
): Promise<Map<string, { target: string; type: string }>> {
  const rels = new Map<string, { target: string; type: string }>();
  if (!zip.has(relsName)) return rels;
  const parser = xmlParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (local(tag.name) !== 'Relationship') return;
    const id = String(tag.attributes.Id ?? '');
    const target = String(tag.attributes.Target ?? '');
    const resolved = target.startsWith('/') ? target.slice(1) : normalizePath(`${baseDir}/${target}`);
    rels.set(id, { target: resolved, type: String(tag.attributes.Type ?? '') });
  });
  await drain(parsePart(await zip.open(relsName, LIMITS.xlsxSmallPartBytes), parser, fileName, relsName, budget));
  return rels;
}

function normalizePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/**
 * The shared-string table as UTF-8 in a few large buffers with an offset per string: a million
 * short strings cost their bytes, not a million JavaScript string objects.
 */
class SharedStrings {
  private static readonly CHUNK = 8 * 1024 * 1024;
  private chunks: Buffer[] = [];
  private used = SharedStrings.CHUNK;
  private starts = new Uint32Array(1024);
  private lengths = new Uint32Array(1024);
  count = 0;
  bytes = 0;

  add(s: string, fileName: string) {
    if (this.count >= LIMITS.sharedStrings)
      throw new FileRejected(fileMessages.overLimit(fileName, 'sharedStrings', this.count + 1));
    const len = Buffer.byteLength(s);
    this.bytes += len;
    if (this.bytes > LIMITS.sharedStringBytes)
      throw new FileRejected(fileMessages.overLimit(fileName, 'sharedStringBytes', this.bytes));
    if (this.used + len > SharedStrings.CHUNK) {
      this.chunks.push(Buffer.allocUnsafe(SharedStrings.CHUNK));
      this.used = 0;
    }
    if (this.count === this.starts.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.lengths = grow(this.lengths);
    }
    const chunk = this.chunks.length - 1;
    this.chunks[chunk].write(s, this.used);
    this.starts[this.count] = chunk * SharedStrings.CHUNK + this.used;
    this.lengths[this.count] = len;
    this.used += len;
    this.count++;
  }

  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const start = this.starts[i];
    const chunk = Math.floor(start / SharedStrings.CHUNK);
    const at = start - chunk * SharedStrings.CHUNK;
    return this.chunks[chunk].toString('utf-8', at, at + this.lengths[i]);
  }
}

async function readSharedStrings(
  zip: ZipArchive,
  part: string,
  fileName: string,
  budget: Budget,
): Promise<SharedStrings> {
  const strings = new SharedStrings();
  if (!zip.has(part)) return strings;
  const parser = xmlParser();
  // <si> holds one <t>, or runs <r><t>…</t></r>; <rPh> phonetic runs are not part of the text.
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let text = '';
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const n = local(tag.name);
    if (n === 'si') {
      inSi = true;
      text = '';
    } else if (n === 'rPh') phonetic++;
    else if (n === 't' && inSi && phonetic === 0) inT = true;
  });
  parser.on('text', (t: string) => {
    if (!inT) return;
    text += t;
    if (text.length > LIMITS.cellChars)
      throw new FileRejected(fileMessages.overLimit(fileName, 'cellChars', text.length));
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const n = local(tag.name);
    if (n === 't') inT = false;
    else if (n === 'rPh') phonetic--;
    else if (n === 'si') {
      inSi = false;
      strings.add(withoutControls(text), fileName);
    }
  });
  await drain(parsePart(await zip.open(part, LIMITS.sharedStringsPartBytes), parser, fileName, part, budget));
  return strings;
}

/** "AB12" -> 27 (0-based column); -1 when there is no reference. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : col - 1;
}

/** A number cell as the text the CSV path would have seen; a long integer is an ID that lost digits. */
function numberText(v: string): string {
  const n = Number(v);
  if (Number.isNaN(n)) return v;
  if (Number.isInteger(n) && Math.abs(n) >= 1e15) return IMPRECISE_NUMBER + BigInt(n).toString();
  return String(n);
}

async function* sheetRows(
  zip: ZipArchive,
  part: string,
  sheet: string,
  strings: SharedStrings,
  fileName: string,
  budget: Budget,
): AsyncGenerator<RowBatch & { sheet: string }> {
  const parser = xmlParser();
  let rows: string[][] = [];
  let lines: number[] = [];
  let row: string[] | null = null;
  let rowNumber = 0;
  let sheetRowCount = 0;
  let col = 0;
  let type = '';
  let value: string | null = null;
  let capture = false;
  let inInline = false;
  let phonetic = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    switch (local(tag.name)) {
      case 'row': {
        const r = Number(tag.attributes.r);
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        if (++sheetRowCount > LIMITS.sheetRows || rowNumber > LIMITS.sheetRows)
          throw new FileRejected(fileMessages.overLimit(fileName, 'sheetRows', rowNumber));
        row = [];
        break;
      }
      case 'c': {
        const ref = tag.attributes.r;
        const at = typeof ref === 'string' ? columnOf(ref) : -1;
        col = at >= 0 ? at : (row?.length ?? 0);
        if (col >= LIMITS.columns) throw new FileRejected(fileMessages.tooManyColumns(fileName, rowNumber, col + 1));
        type = String(tag.attributes.t ?? 'n');
        value = null;
        break;
      }
      case 'v':
        capture = !inInline;
        if (capture) value = '';
        break;
      case 'is':
        inInline = true;
        value = '';
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        capture = inInline && phonetic === 0;
        break;
    }
  });
  parser.on('text', (t: string) => {
    if (!capture) return;
    value = (value ?? '') + t;
    if (value.length > LIMITS.cellChars)
      throw new FileRejected(fileMessages.cellTooLong(fileName, rowNumber, value.length));
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    switch (local(tag.name)) {
      case 'v':
      case 't':
        capture = false;
        break;
      case 'is':
        inInline = false;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'c': {
        if (!row || value === null) break;
        let text: string;
        if (type === 's') text = strings.get(Number(value)) ?? '';
        else if (type === 'n') text = numberText(value);
        else if (type === 'b') text = value === '1' ? '是' : '否';
        else if (type === 'e') text = '';
        else text = withoutControls(value); // str, inlineStr, d
        while (row.length < col) row.push('');
        row[col] = text;
        break;
      }
      case 'row':
        if (row) {
          rows.push(row);
          lines.push(rowNumber);
        }
        row = null;
        break;
    }
  });
  for await (const _ of parsePart(await zip.open(part, LIMITS.xlsxPartBytes), parser, fileName, part, budget)) {
    if (rows.length >= BATCH_ROWS) {
      yield { rows, lines, sheet };
      rows = [];
      lines = [];
    }
  }
  if (rows.length) yield { rows, lines, sheet };
}

/** The workbook's sheets in order, with their part names, and the shared-string part. */
async function workbookParts(zip: ZipArchive, fileName: string, budget: Budget) {
  const root = await relationships(zip, '_rels/.rels', '', fileName, budget);
  const workbook = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbook)) throw new FileRejected(fileMessages.badXlsx(fileName, 'no workbook'));
  const dir = workbook.includes('/') ? workbook.slice(0, workbook.lastIndexOf('/')) : '';
  const relsName = `${dir ? `${dir}/` : ''}_rels/${workbook.slice(workbook.lastIndexOf('/') + 1)}.rels`;
  const rels = await relationships(zip, relsName, dir, fileName, budget);
  const sheets: { name: string; part: string }[] = [];
  const parser = xmlParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (local(tag.name) !== 'sheet') return;
    const rid = Object.entries(tag.attributes).find(([k]) => local(k) === 'id')?.[1];
    const part = rels.get(String(rid ?? ''))?.target;
    // A part listed twice is read once.
    if (!part || !zip.has(part) || sheets.some((s) => s.part === part)) return;
    if (sheets.length >= LIMITS.sheets)
      throw new FileRejected(fileMessages.overLimit(fileName, 'sheets', sheets.length + 1));
    sheets.push({ name: String(tag.attributes.name ?? `Sheet${sheets.length + 1}`), part });
  });
  await drain(parsePart(await zip.open(workbook, LIMITS.xlsxSmallPartBytes), parser, fileName, workbook, budget));
  const shared =
    [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ??
    `${dir ? `${dir}/` : ''}sharedStrings.xml`;
  return { sheets, shared };
}

/** Rows of every sheet of the workbook at `filePath`, in the workbook's order. */
export async function* readXlsxRows(filePath: string, fileName: string): AsyncGenerator<RowBatch & { sheet: string }> {
  const zip = await openZip(filePath, fileName);
  try {
    const kind = kindOfZip(zip.names());
    if (kind === 'numbers') throw new FileRejected(fileMessages.numbers(fileName));
    if (kind === 'office') throw new FileRejected(fileMessages.officeDocument(fileName));
    if (kind === 'archive') throw new FileRejected(fileMessages.archiveNotWorkbook(fileName));
    const budget: Budget = { used: 0 };
    const { sheets, shared } = await workbookParts(zip, fileName, budget);
    if (!sheets.length) throw new FileRejected(fileMessages.badXlsx(fileName, 'no worksheet'));
    const strings = await readSharedStrings(zip, shared, fileName, budget);
    for (const s of sheets) yield* sheetRows(zip, s.part, s.name, strings, fileName, budget);
  } finally {
    zip.close();
  }
}
