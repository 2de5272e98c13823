#!/usr/bin/env node
// `npm run redline -- …`: the command line, from a bundle rebuilt when the sources change.
import { createRequire } from 'node:module';
import { freshBundle, root } from './bundle.mjs';

process.env.REDLINE_ROOT ??= root;
process.env.REDLINE_WORKER_BUNDLE ??= freshBundle('lib/import/worker.ts', 'redline-worker.cjs');
const { main } = createRequire(import.meta.url)(freshBundle('lib/cli.ts', 'cli.cjs'));
const code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  stderrIsTTY: Boolean(process.stderr.isTTY),
}).catch((e) => {
  process.stderr.write(`redline: ${e?.message ?? e}\n`);
  return 1;
});
process.exitCode = code;
if (process.env.REDLINE_IMPORT_TIMING)
  process.on('exit', () =>
    process.stderr.write(`[import timing] process exits at ${(process.uptime() * 1000).toFixed(0)} ms\n`),
  );
