/**
 * The one entry of every import thread; workerData.role says which:
 *   import   reads (through a parse thread), stages and merges one file into the database;
 *   parse    reads, decodes, parses and normalises one file into record batches;
 *   preview  says what an import would detect in the first part of a file.
 * Always run from a bundle (scripts/bundle.mjs): beside the server's build, or in node_modules/.cache.
 */
import { workerData } from 'node:worker_threads';
import { importMain } from './importThread';
import { parseMain } from './parseThread';
import { previewMain } from './previewThread';

const role = (workerData as { role: string }).role;
if (role === 'import') void importMain();
else if (role === 'parse') void parseMain();
else if (role === 'preview') void previewMain();
else throw new Error(`unknown import thread role ${role}`);
