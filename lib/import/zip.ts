/**
 * A zip archive (an xlsx workbook is one) read through its central directory, at its end: parts
 * are opened by name in any order, so no part is ever held back waiting for another, and a file
 * cut anywhere is refused at once because its directory is missing. (An uploaded workbook is
 * spooled whole to the import's scratch folder first, within the workbook size limit.) Each part's unpacked size is checked against a limit
 * before it is read, and yauzl stops a part that unpacks to more than its directory said.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { FileRejected } from './errors';
import { LIMITS } from './limits';
import { fileMessages } from './messages';

export interface ZipArchive {
  names(): string[];
  has(name: string): boolean;
  /** The unpacked bytes of a part, streamed; refused beyond `limit` bytes. */
  open(name: string, limit: number): Promise<Readable>;
  close(): void;
}

/** A zip archive's directory is missing or damaged: for a download, it was cut off. */
const CUT_OFF =
  /end of central directory record signature not found|unexpected EOF|invalid central directory|invalid comment length|central directory record signature|invalid local file header|file data overflows file bounds|not a zip/i;

export async function openZip(filePath: string, fileName: string): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(filePath, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (e) {
    const message = (e as Error).message ?? '';
    if (CUT_OFF.test(message)) throw new FileRejected(fileMessages.xlsxIncomplete(fileName));
    throw new FileRejected(fileMessages.badXlsx(fileName, message.slice(0, 120)));
  }
  if (zip.entryCount > LIMITS.zipEntries) {
    zip.close();
    throw new FileRejected(fileMessages.overLimit(fileName, 'zipEntries', zip.entryCount));
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        // Part names are case-insensitive in OOXML; some writers capitalise them.
        entries.set(entry.fileName.replace(/^\//, '').toLowerCase(), entry);
        zip.readEntry();
      });
      zip.once('end', resolve);
      zip.once('error', reject);
      zip.readEntry();
    });
  } catch (e) {
    zip.close();
    throw new FileRejected(fileMessages.xlsxIncomplete(fileName, (e as Error).message?.slice(0, 120)));
  }
  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name.toLowerCase()),
    async open(name, limit) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) throw new FileRejected(fileMessages.badXlsx(fileName, `no ${name}`));
      if (entry.isEncrypted()) throw new FileRejected(fileMessages.encrypted(fileName));
      if (entry.uncompressedSize > limit)
        throw new FileRejected(fileMessages.xlsxPartTooLarge(fileName, name, entry.uncompressedSize, limit));
      try {
        return await zip.openReadStreamPromise(entry);
      } catch (e) {
        throw new FileRejected(fileMessages.xlsxIncomplete(fileName, (e as Error).message?.slice(0, 120)));
      }
    },
    close: () => zip.close(),
  };
}
