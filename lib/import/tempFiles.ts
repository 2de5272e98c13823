/**
 * The import's private scratch space: a folder beside the database, one subfolder per process
 * (its threads share it; every file name is random).
 * An uploaded workbook is spooled there (a zip is read from its end) and each import stages its
 * rows there before the merge. Every file is removed when its import ends; a subfolder left by a
 * process that died is removed by the next process that imports.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { resolveDatabaseFile } from '../db/connection';

const DIR_NAME = '.redline-tmp';

function rootFor(databaseFile: string): string {
  return databaseFile === ':memory:'
    ? path.join(os.tmpdir(), `${DIR_NAME}-${process.getuid?.() ?? 'user'}`)
    : path.join(path.dirname(/*turbopackIgnore: true*/ databaseFile), DIR_NAME);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let mine: string | null = null;

/** This process's scratch folder (created, and the folders of dead processes removed, on first use). */
export function scratchDir(databaseFile = resolveDatabaseFile()): string {
  if (mine && fs.existsSync(mine)) return mine;
  const root = rootFor(databaseFile);
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(root)) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    fs.rmSync(path.join(root, entry), { recursive: true, force: true });
  }
  mine = path.join(root, String(process.pid));
  fs.mkdirSync(mine, { recursive: true, mode: 0o700 });
  return mine;
}

/** A fresh file name in the scratch folder; the caller removes it (removeQuietly). */
export function scratchFile(suffix: string, databaseFile?: string): string {
  return path.join(scratchDir(databaseFile), `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}${suffix}`);
}

export function removeQuietly(...files: string[]): void {
  for (const f of files) fs.rmSync(f, { force: true });
}
