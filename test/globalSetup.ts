/**
 * Once per run, before any test file of the server project starts: the app build every server of
 * the run shares (rebuilt only when a source is newer), and one Chromium that every test file
 * connects to, each in its own contexts, instead of starting its own.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser/browser';
import { ensureBuilt } from './browser/build';

export default async function setup() {
  ensureBuilt();
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  // Test files run in worker processes started after this: they inherit both, and never build.
  process.env.REDLINE_TEST_BUILT = '1';
  process.env.REDLINE_CHROMIUM_WS = browser.wsEndpoint();
  return () => browser.close();
}
