// The honest floor: a plain node process (no tsx, no Redline code) doing only papaparse's
// streaming parse of the file in 64 KB chunks, rows counted and dropped. Prints one JSON line.
import fs from 'node:fs';
import Papa from 'papaparse';

const file = process.argv[2];
const started = performance.now();
let rows = 0;
Papa.parse(fs.createReadStream(file, { encoding: 'utf-8', highWaterMark: 64 * 1024 }), {
  chunk(results) {
    rows += results.data.length;
  },
  complete() {
    const ms = performance.now() - started;
    process.stdout.write(`${JSON.stringify({ ms, rows, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
  },
});
