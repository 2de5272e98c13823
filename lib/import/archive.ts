/**
 * Zip archives of exports (JD's download centre hands them out, merchants zip a month's files):
 * every CSV or xlsx inside, in nested folders too, is unpacked into the import's scratch folder
 * and imported as a file of its own. Names written by Chinese Windows are GBK without the zip's
 * UTF-8 flag, and are decoded as such. Sizes and counts are bounded; a password-protected archive
 * is refused as encrypted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { LIMITS } from './limits';

export interface ArchiveEntry {
  /** The path inside the archive, decoded, for people. */
  name: string;
  /** Where it was unpacked. */
  path: string;
  size: number;
}

export type ArchiveResult =
  | { ok: true; entries: ArchiveEntry[]; skipped: string[] }
  | { ok: false; reason: 'encrypted' | 'noExports' | 'tooLarge' | 'tooMany' | 'damaged'; detail: string };

/** Bytes unpacked from one archive, all its files together. */
export const ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;

const IMPORTABLE = /\.(csv|xlsx|txt|tsv)$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk');

/** An entry name: UTF-8 when flagged or valid as such, else GBK (Chinese Windows). */
export function decodeEntryName(raw: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return raw.toString('utf8');
  try {
    return utf8.decode(raw);
  } catch {
    return gbk.decode(raw);
  }
}

const skippedPart = (name: string) =>
  name.endsWith('/') || name.startsWith('__MACOSX/') || path.posix.basename(name).startsWith('.');

/** Unpacks the exports inside a zip archive into `intoDir`, in archive order, within the limits. */
export async function expandArchive(zipPath: string, intoDir: string): Promise<ArchiveResult> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch (e) {
    return { ok: false, reason: 'damaged', detail: (e as Error).message.slice(0, 120) };
  }
  try {
    if (zip.entryCount > LIMITS.zipEntries) return { ok: false, reason: 'tooMany', detail: String(zip.entryCount) };
    const entries: ArchiveEntry[] = [];
    const skipped: string[] = [];
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const raw = entry.fileName as unknown as Buffer;
      const name = decodeEntryName(raw, (entry.generalPurposeBitFlag & 0x800) !== 0).replace(/\\/g, '/');
      if (skippedPart(name)) continue;
      if (!IMPORTABLE.test(name)) {
        skipped.push(name);
        continue;
      }
      if (entry.isEncrypted()) return { ok: false, reason: 'encrypted', detail: name };
      total += entry.uncompressedSize;
      if (entry.uncompressedSize > LIMITS.fileBytes || total > ARCHIVE_BYTES)
        return { ok: false, reason: 'tooLarge', detail: name };
      const file = path.join(intoDir, `${entries.length + 1}${path.extname(name).toLowerCase()}`);
      await pipeline(await zip.openReadStreamPromise(entry), fs.createWriteStream(file, { mode: 0o600 }));
      entries.push({ name, path: file, size: entry.uncompressedSize });
    }
    if (!entries.length) return { ok: false, reason: 'noExports', detail: skipped.slice(0, 5).join(', ') };
    return { ok: true, entries, skipped };
  } catch (e) {
    return { ok: false, reason: 'damaged', detail: (e as Error).message.slice(0, 120) };
  } finally {
    zip.close();
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => {
      cleanup();
      resolve(e);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}
