/**
 * The import's private scratch space: `.redline-tmp/` beside the database, a folder per process
 * and in it one per import. An uploaded workbook is spooled there (a zip is read from its end) and
 * each import stages its rows there before the merge. An import's folder is removed when its
 * threads end; a process's folder, when a later process finds it gone (or at a server's start).
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * Removes the folders of processes that are gone. At a process's start (`atStart`) its own pid's
 * folder goes too: it can only be left by an earlier process that had the same pid (a restarted
 * container).
 */
export function clearScratch(databaseFile = resolveDatabaseFile(), atStart = false): void {
  const root = rootFor(databaseFile);
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root)) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || (pid === process.pid ? !atStart : alive(pid))) continue;
    fs.rmSync(path.join(root, entry), { recursive: true, force: true });
  }
}

let cleared = false;

/**
 * A fresh folder for one import (or preview), made by the thread that starts it and removed by
 * that thread when the import's threads have ended, however they ended: nothing they wrote is left.
 */
export function jobDir(databaseFile = resolveDatabaseFile()): string {
  if (!cleared) {
    clearScratch(databaseFile);
    cleared = true;
  }
  const dir = path.join(rootFor(databaseFile), String(process.pid), randomBytes(8).toString('hex'));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** A fresh file name in a job's folder. */
export function fileIn(dir: string, suffix: string): string {
  return path.join(dir, `${randomBytes(6).toString('hex')}${suffix}`);
}

export function removeQuietly(...files: string[]): void {
  for (const f of files) fs.rmSync(f, { recursive: true, force: true });
}
