import fs from 'node:fs';
import { alertAfterImport } from '../alerts/afterImport';
import { type Connection, closeConnection } from '../db/connection';
import { renderMessage } from '../i18n/importMessages';
import type { Lang } from '../i18n/lang';
import { platformName } from '../i18n/platforms';
import { translator } from '../i18n/translate';
import { recordImportCoverage } from '../import/history';
import { importFiles } from '../import/importFiles';
import { fileInput, type ImportSummary } from '../import/pipeline';
import { coversInput } from '../input/covers';
import { isPlatformId, PLATFORMS } from '../types';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection, waitingMessage } from './context';
import { checkMappingArgs, mappingFromArgs } from './importMapping';

export async function runImportCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      shop: { type: 'string' },
      platform: { type: 'string' },
      json: { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      lang: { type: 'string' },
      covers: { type: 'string' },
      kind: { type: 'string' },
      map: { type: 'string', multiple: true },
      intervened: { type: 'string', multiple: true },
    },
  });
  const lang = cliLang(values.lang);
  let covers: { from: string; to: string } | null = null;
  if (values.covers !== undefined) {
    const m = /^(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/.exec(values.covers);
    const parsed = m ? coversInput.safeParse({ from: m[1], to: m[2] }) : null;
    if (!parsed?.success) throw new CliError('cliError.covers', { value: values.covers });
    covers = parsed.data;
  }
  if (values.platform && !isPlatformId(values.platform)) {
    throw new CliError('cliError.platform', { list: PLATFORMS.join(', '), value: values.platform });
  }
  const platform = values.platform && isPlatformId(values.platform) ? values.platform : undefined;
  const mappingArgs = { ...values, platform };
  checkMappingArgs(mappingArgs);
  if (!positionals.length) throw new CliError('cliError.noFiles', { command: 'import' });
  for (const f of positionals) {
    if (!fs.existsSync(f) || !fs.statSync(f).isFile())
      throw new CliError('cliError.noFile', { command: 'import', file: f });
  }
  const waiting = waitingMessage(ctx, lang);
  const conn = await openCliConnection(ctx, lang);
  let rejected = 0;
  const touched: (number | null)[] = [];
  try {
    const mapping = await mappingFromArgs(conn.db, mappingArgs);
    for (const file of positionals) {
      const showProgress = values.progress || ctx.stderrIsTTY;
      // A zip archive of exports: each file inside, its own summary.
      const { summaries } = await importFiles(conn, fileInput(file), {
        shop: values.shop,
        platform,
        mapping,
        onWait: waiting,
        onProgress: showProgress
          ? (p) =>
              ctx.err(
                translator(lang)('cliText.progress', {
                  file,
                  phase: p.phase,
                  read: p.bytesRead,
                  total: p.totalBytes ?? '?',
                  rows: p.rowsRead,
                }),
              )
          : undefined,
      });
      for (const summary of summaries) rejected += await report(ctx, conn, summary, covers, values.json, lang);
      for (const s of summaries) if (s.outcome === 'imported') touched.push(s.shopId);
    }
    // The shops' groups hear of a change now, not at the next hourly check.
    await alertAfterImport(conn.db, touched);
  } finally {
    await closeConnection(conn);
  }
  return rejected ? 1 : 0;
}

/** Prints one file's summary line (JSON with --json); 1 when the file was refused. */
async function report(
  ctx: CliContext,
  conn: Connection,
  summary: ImportSummary,
  covers: { from: string; to: string } | null,
  json: boolean,
  lang: Lang,
): Promise<number> {
  let span = summary.dateFrom && summary.dateTo ? { from: summary.dateFrom, to: summary.dateTo } : null;
  if (summary.outcome === 'imported' && summary.importId !== null) {
    // The span the file covers: its rows, widened to what the merchant exported and to its name's export time.
    span = (await recordImportCoverage(conn.db, summary.importId, covers))?.covers ?? span;
  }
  const covered = summary.outcome === 'imported' ? span : null;
  ctx.out(
    json
      ? JSON.stringify({ ...summaryJson(summary, lang), covers: covered })
      : summaryText(summary, lang) + (covered ? `\n${translator(lang)('cliImport.covers', covered)}` : ''),
  );
  return summary.outcome === 'rejected' ? 1 : 0;
}

function summaryJson(s: ImportSummary, lang: Lang) {
  return {
    file: s.file,
    outcome: s.outcome,
    message: s.message ? renderMessage(s.message, lang) : null,
    code: s.message?.code ?? null,
    params: s.message?.params ?? null,
    shop: s.shop,
    platform: s.platform,
    kind: s.kind,
    format: s.format,
    encoding: s.encoding,
    sheet: s.sheet,
    sha256: s.sha256,
    rowsRead: s.rowsRead,
    rowsNew: s.rowsNew,
    rowsUpdated: s.rowsUpdated,
    rowsUnchanged: s.rowsUnchanged,
    rowsRepeated: s.rowsRepeated,
    rowsDiffering: s.rowsDiffering,
    rowsSkipped: s.rowsSkipped,
    dateFrom: s.dateFrom,
    dateTo: s.dateTo,
    errorCount: s.errorCount,
    writeLockMs: s.writeLockMs,
    errors: s.errors.map((e) => ({
      line: e.line,
      column: e.column,
      code: e.message.code,
      params: e.message.params,
      message: renderMessage(e.message, lang),
    })),
  };
}

function summaryText(s: ImportSummary, lang: Lang): string {
  const t = translator(lang);
  if (s.outcome === 'rejected')
    return t('cliImport.rejected', { file: s.file, message: s.message ? renderMessage(s.message, lang) : '' });
  const head = t('cliImport.imported', {
    file: s.file,
    platform: platformName(s.platform, lang),
    kind: s.kind ?? 'orders',
    encoding: s.encoding ?? 'xlsx',
    shop: s.shop ?? '',
    rows: s.rowsRead,
    new: s.rowsNew,
    updated: s.rowsUpdated,
    unchanged: s.rowsUnchanged,
    repeated: s.rowsRepeated,
    skipped: s.rowsSkipped,
    range: s.dateFrom ? ` ${s.dateFrom}…${s.dateTo}` : '',
  });
  const differing = s.rowsDiffering ? [`  ${t('import.rowsDiffering', { n: s.rowsDiffering })}`] : [];
  const errors = s.errors.map((e) =>
    t('cliImport.rowError', { line: e.line, column: e.column ?? 'none', message: renderMessage(e.message, lang) }),
  );
  if (s.errorCount > s.errors.length) errors.push(t('cliImport.moreErrors', { n: s.errorCount }));
  return [head, ...differing, ...errors].join('\n');
}
