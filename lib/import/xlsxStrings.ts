/** The workbook's shared-string table, read whole before any sheet (cells refer to it by index), within its limits. */
import type { SaxesTagPlain } from 'saxes';
import { withoutControls } from './decode';
import { FileRejected } from './errors';
import { LIMITS } from './limits';
import { fileMessages } from './messages';
import { type Budget, drain, local, parsePart, xmlParser } from './xlsxXml';
import type { ZipArchive } from './zip';

/**
 * The shared-string table as UTF-8 in a few large buffers with an offset per string: a million
 * short strings cost their bytes, not a million JavaScript string objects.
 */
export class SharedStrings {
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

export async function readSharedStrings(
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
