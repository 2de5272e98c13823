/** A workbook's structure: its sheets in order and where its shared strings are, from the package's relationships. */
import type { SaxesTagPlain } from 'saxes';
import { FileRejected } from './errors';
import { LIMITS } from './limits';
import { fileMessages } from './messages';
import { type Budget, drain, local, parsePart, xmlParser } from './xlsxXml';
import type { ZipArchive } from './zip';

/** Relationship id -> target part name, for a part's .rels file. */
async function relationships(
  zip: ZipArchive,
  relsName: string,
  baseDir: string,
  fileName: string,
  budget: Budget,
): Promise<Map<string, { target: string; type: string }>> {
  const rels = new Map<string, { target: string; type: string }>();
  if (!zip.has(relsName)) return rels;
  const parser = xmlParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (local(tag.name) !== 'Relationship') return;
    const id = String(tag.attributes.Id ?? '');
    const target = String(tag.attributes.Target ?? '');
    const resolved = target.startsWith('/') ? target.slice(1) : normalizePath(`${baseDir}/${target}`);
    rels.set(id, { target: resolved, type: String(tag.attributes.Type ?? '') });
  });
  await drain(parsePart(await zip.open(relsName, LIMITS.xlsxSmallPartBytes), parser, fileName, relsName, budget));
  return rels;
}

function normalizePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** The workbook's sheets in order, with their part names, and the shared-string part. */
export async function workbookParts(zip: ZipArchive, fileName: string, budget: Budget) {
  const root = await relationships(zip, '_rels/.rels', '', fileName, budget);
  const workbook = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbook)) throw new FileRejected(fileMessages.badXlsx(fileName, 'no workbook'));
  const dir = workbook.includes('/') ? workbook.slice(0, workbook.lastIndexOf('/')) : '';
  const relsName = `${dir ? `${dir}/` : ''}_rels/${workbook.slice(workbook.lastIndexOf('/') + 1)}.rels`;
  const rels = await relationships(zip, relsName, dir, fileName, budget);
  const sheets: { name: string; part: string }[] = [];
  const parser = xmlParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (local(tag.name) !== 'sheet') return;
    const rid = Object.entries(tag.attributes).find(([k]) => local(k) === 'id')?.[1];
    const part = rels.get(String(rid ?? ''))?.target;
    // A part listed twice is read once.
    if (!part || !zip.has(part) || sheets.some((s) => s.part === part)) return;
    if (sheets.length >= LIMITS.sheets)
      throw new FileRejected(fileMessages.overLimit(fileName, 'sheets', sheets.length + 1));
    sheets.push({ name: String(tag.attributes.name ?? `Sheet${sheets.length + 1}`), part });
  });
  await drain(parsePart(await zip.open(workbook, LIMITS.xlsxSmallPartBytes), parser, fileName, workbook, budget));
  const shared =
    [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ??
    `${dir ? `${dir}/` : ''}sharedStrings.xml`;
  return { sheets, shared };
}
