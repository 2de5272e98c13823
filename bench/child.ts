/**
 * One measured task in its own process, so its peak memory (maxRSS) is its own:
 *   parse FILE        a bare papaparse parse of the file, rows counted and dropped
 *   import FILE DB    the real import into a fresh database
 * Prints one JSON line.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { closeConnection, openConnection } from '../lib/db/connection';
import { fileInput, importFile } from '../lib/import/pipeline';
import { readFileInWorker } from '../lib/import/workerReader';

const [task, file, db] = process.argv.slice(2);
const started = performance.now();

function finish(extra: Record<string, unknown>) {
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ task, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra }) + '\n');
}

if (task === 'parse') {
  let rows = 0;
  Papa.parse(fs.createReadStream(file, { encoding: 'utf-8', highWaterMark: 1 << 20 }) as unknown as File, {
    chunk(results: Papa.ParseResult<unknown>) {
      rows += results.data.length;
    },
    complete() {
      finish({ rows });
    },
  });
} else if (task === 'import') {
  const conn = await openConnection(db);
  const s = await importFile(conn, fileInput(file), { shop: 'bench', fileReader: process.env.BENCH_IN_THREAD === '1' ? undefined : readFileInWorker });
  await closeConnection(conn);
  if (s.outcome !== 'imported') throw new Error(`import rejected: ${s.message?.en}`);
  finish({ rows: s.rowsRead, stored: s.rowsNew, errors: s.errorCount });
} else {
  throw new Error(`unknown task ${task}`);
}
