/**
 * What the page and the command line hand the import: one export file, or a zip archive of them
 * (JD's download centre hands exports out zipped; merchants zip a month's files). The one place
 * that tells the two apart, by the bytes and the names inside, not by the file's name: an archive
 * is unpacked into a scratch folder of its own and each CSV or xlsx inside is imported as its own
 * file, named `archive.zip/folder/file.csv` in its summary and the history, in archive order. An
 * upload is spooled to that folder first (a zip is read from its end), within the file size limit.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Connection } from '../db/connection';
import { logRejectedImport } from '../db/queries/importLog';
import { chinaWallClock } from '../time/china';
import { type ArchiveResult, expandArchive } from './archive';
import { FileRejected } from './errors';
import { kindOfBytes, kindOfZip } from './fileType';
import { LIMITS } from './limits';
import { fileMessages, type Message } from './messages';
import { type ImportInput, type ImportOptions, importFile } from './pipeline';
import { emptySummary, type ImportSummary } from './summary';
import { jobDir, removeQuietly } from './tempFiles';
import { openZip } from './zip';

export interface ImportedFiles {
  /** One summary per file: the file given, or each export inside the archive, in archive order. */
  summaries: ImportSummary[];
  /** The archive's own name when the input was a zip archive of exports, else null. */
  archive: string | null;
}

/** Imports a file, or every export inside a zip archive. Never throws for a bad file: a summary says why. */
export async function importFiles(
  conn: Connection,
  input: ImportInput,
  opts: ImportOptions = {},
): Promise<ImportedFiles> {
  const startedAt = chinaWallClock(new Date());
  let scratch: string | null = null;
  try {
    let zipPath = input.path ?? null;
    let size = input.size ?? 0;
    if (!zipPath) {
      if (!input.bytes) return single(await importFile(conn, input, opts));
      const it = input.bytes[Symbol.asyncIterator]();
      const head = await firstBytes(it, input.name);
      if (!head.ok) return single(await refuse(conn, input.name, opts, head.message, startedAt));
      const bytes = replay(head.chunks, it);
      if (kindOfBytes(Buffer.concat(head.chunks)) !== 'zip')
        return single(await importFile(conn, { ...input, bytes }, opts));
      scratch = jobDir(conn.file);
      zipPath = path.join(scratch, 'upload.zip');
      const spooled = await spool(bytes, zipPath, input, opts);
      if (!spooled.ok) {
        const { sha256, sizeBytes } = spooled;
        return single(await refuse(conn, input.name, opts, spooled.message, startedAt, { sha256, sizeBytes }));
      }
      size = spooled.sizeBytes;
    } else if (!(await isZipFile(zipPath))) return single(await importFile(conn, input, opts));
    if (!(await holdsExports(zipPath, input.name))) {
      return single(await importFile(conn, { name: input.name, path: zipPath, size }, opts));
    }
    scratch ??= jobDir(conn.file);
    const unpacked = path.join(scratch, 'files');
    fs.mkdirSync(unpacked, { mode: 0o700 });
    const r = await expandArchive(zipPath, unpacked);
    if (!r.ok) {
      const digest = await sha256Of(zipPath);
      return single(await refuse(conn, input.name, opts, archiveMessage(input.name, r), startedAt, digest), input.name);
    }
    const summaries: ImportSummary[] = [];
    let each = opts;
    for (const e of r.entries) {
      const s = await importFile(conn, { name: `${input.name}/${e.name}`, path: e.path, size: e.size }, each);
      summaries.push(s);
      // The archive's first file into a new shop creates it; the others go on into it.
      if (each.newShop && s.outcome === 'imported') each = { ...each, newShop: false };
    }
    return { summaries, archive: input.name };
  } finally {
    if (scratch) removeQuietly(scratch);
  }
}

/**
 * One summary for a caller that shows one per upload (the import page): the file's own, or for an
 * archive its files added up, each file's own summary in `parts`. Imported when any file was.
 */
export function combinedSummary({ summaries, archive }: ImportedFiles): ImportSummary {
  if (!archive || (summaries.length === 1 && summaries[0].file === archive)) return summaries[0];
  const imported = summaries.filter((s) => s.outcome === 'imported');
  const lead = imported[0] ?? summaries[0];
  const sum = (f: 'sizeBytes' | 'errorCount') => summaries.reduce((n, s) => n + s[f], 0);
  // Rows of the files imported: they add up (read = new + updated + unchanged + repeated + skipped);
  // a refused file's rows are in its own part.
  const rows = (
    f: 'rowsRead' | 'rowsNew' | 'rowsUpdated' | 'rowsUnchanged' | 'rowsRepeated' | 'rowsDiffering' | 'rowsSkipped',
  ) => imported.reduce((n, s) => n + s[f], 0);
  const days = (f: 'dateFrom' | 'dateTo') =>
    imported
      .map((s) => s[f])
      .filter((d): d is string => d !== null)
      .sort();
  const same = <T>(values: T[]) => (values.every((v) => v === values[0]) ? values[0] : null);
  return {
    ...emptySummary(archive),
    outcome: imported.length ? 'imported' : 'rejected',
    message: imported.length ? null : lead.message,
    shop: lead.shop,
    shopId: lead.shopId,
    platform: lead.platform,
    kind: same(imported.map((s) => s.kind)),
    sizeBytes: sum('sizeBytes'),
    rowsRead: rows('rowsRead'),
    rowsNew: rows('rowsNew'),
    rowsUpdated: rows('rowsUpdated'),
    rowsUnchanged: rows('rowsUnchanged'),
    rowsRepeated: rows('rowsRepeated'),
    rowsDiffering: rows('rowsDiffering'),
    rowsSkipped: rows('rowsSkipped'),
    errorCount: sum('errorCount'),
    dateFrom: days('dateFrom')[0] ?? null,
    dateTo: days('dateTo').at(-1) ?? null,
    parts: summaries,
  };
}

const single = (s: ImportSummary, archive: string | null = null): ImportedFiles => ({ summaries: [s], archive });

function archiveMessage(name: string, r: Extract<ArchiveResult, { ok: false }>): Message {
  switch (r.reason) {
    case 'encrypted':
      return fileMessages.encrypted(name);
    case 'noExports':
      return fileMessages.archiveNoExports(name, r.detail);
    case 'tooLarge':
      return fileMessages.archiveTooLarge(name, r.detail);
    case 'tooMany':
      return fileMessages.overLimit(name, 'zipEntries', Number(r.detail));
    default:
      return fileMessages.archiveDamaged(name, r.detail);
  }
}

/** A file refused before any import thread saw it: its summary, and its row in the shop's history. */
async function refuse(
  conn: Connection,
  name: string,
  opts: ImportOptions,
  message: Message,
  startedAt: string,
  digest: { sha256: string; sizeBytes: number } = { sha256: '', sizeBytes: 0 },
): Promise<ImportSummary> {
  const s: ImportSummary = { ...emptySummary(name), ...digest, shop: opts.shop?.trim() || null, message };
  await logRejectedImport(conn.db, s, startedAt, chinaWallClock(new Date())).catch(() => undefined);
  return s;
}

/** Whether a file on disk starts as a zip does. */
async function isZipFile(file: string): Promise<boolean> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await fd.read(head, 0, head.length, 0);
    return kindOfBytes(head.subarray(0, bytesRead)) === 'zip';
  } finally {
    await fd.close();
  }
}

/**
 * A zip that is an archive of files, not a workbook (or another Office or Numbers file, which the
 * reader names for what it is). One whose directory cannot be read is an archive when it is named
 * like one, so it is refused as a damaged archive rather than as a broken workbook.
 */
async function holdsExports(file: string, name: string): Promise<boolean> {
  try {
    const zip = await openZip(file, name);
    try {
      return kindOfZip(zip.names()) === 'archive';
    } finally {
      zip.close();
    }
  } catch {
    return /\.zip$/i.test(name);
  }
}

type Head = { ok: true; chunks: Uint8Array[] } | { ok: false; message: Message };

/** The first bytes of an upload, enough to tell a zip from anything else. */
async function firstBytes(it: AsyncIterator<Uint8Array>, name: string): Promise<Head> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < 8) {
      const n = await it.next();
      if (n.done) break;
      chunks.push(n.value);
      size += n.value.length;
    }
  } catch (e) {
    return { ok: false, message: e instanceof FileRejected ? e.msg : fileMessages.uploadInterrupted(name) };
  }
  return { ok: true, chunks };
}

async function* replay(head: Uint8Array[], it: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
}

type Spooled =
  | { ok: true; sha256: string; sizeBytes: number }
  | { ok: false; message: Message; sha256: string; sizeBytes: number };

/** An uploaded zip to the scratch folder, within the file limit, reporting progress as it arrives. */
async function spool(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  input: ImportInput,
  opts: ImportOptions,
): Promise<Spooled> {
  const out = fs.createWriteStream(file, { mode: 0o600 });
  const hash = createHash('sha256');
  let size = 0;
  const report = () =>
    opts.onProgress?.({ phase: 'reading', bytesRead: size, totalBytes: input.size ?? null, rowsRead: 0 });
  try {
    for await (const chunk of bytes) {
      size += chunk.length;
      if (size > LIMITS.fileBytes)
        return {
          ok: false,
          message: fileMessages.overLimit(input.name, 'fileBytes', size),
          sha256: '',
          sizeBytes: size,
        };
      hash.update(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      report();
    }
    return { ok: true, sha256: hash.digest('hex'), sizeBytes: size };
  } catch (e) {
    const message = e instanceof FileRejected ? e.msg : fileMessages.uploadInterrupted(input.name);
    return { ok: false, message, sha256: '', sizeBytes: size };
  } finally {
    out.end();
    await once(out, 'close');
  }
}

async function sha256Of(file: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}
