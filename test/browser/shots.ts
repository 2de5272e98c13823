/**
 * Screenshots for a person to look at. They assert nothing and cost a full render each, so a test
 * run takes them only when REDLINE_SHOTS names a folder (outside the repository, or under
 * test/.tmp): `REDLINE_SHOTS=/tmp/shots npx vitest run test/browser`.
 * Screenshots of a failing test are taken whatever this says.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const DIR = process.env.REDLINE_SHOTS ? path.resolve(process.env.REDLINE_SHOTS) : null;

/** Whether this run takes them (a test can skip building a page made only to be pictured). */
export const shooting = DIR !== null;

/** `name` (a .png) of the page, or of one element, into REDLINE_SHOTS; nothing without it. */
export async function shot(target: Page | Locator, name: string, fullPage = false): Promise<void> {
  if (!DIR) return;
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, name);
  if ('goto' in target) await target.screenshot({ path: file, fullPage });
  else await target.screenshot({ path: file });
}

/** Where a file for a person to look at (a PDF) goes, in REDLINE_SHOTS; undefined without it. */
export function shotPath(name: string): string | undefined {
  if (!DIR) return undefined;
  fs.mkdirSync(DIR, { recursive: true });
  return path.join(DIR, name);
}
