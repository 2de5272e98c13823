/**
 * Once per run, before any test file of the server project starts: the app build every server of
 * the run shares (rebuilt only when a source is newer).
 */
import { ensureBuilt } from './browser/build';

export default function setup() {
  ensureBuilt();
  // Test files run in worker processes started after this: they inherit it, and never build.
  process.env.REDLINE_TEST_BUILT = '1';
}
