/** `redline imports list|undo`: a shop's import history, and undoing one import that went wrong. */
import { closeConnection } from '../db/connection';
import { translator } from '../i18n/translate';
import { importHistory } from '../import/history';
import { undoOneImport } from '../import/undo';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection } from './context';
import { resolveShop } from './shop';

const usage = () => `imports list --shop NAME [--json]
imports undo --id N`;

export async function runImportsCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'list') return list(ctx, rest);
  if (sub === 'undo') return undo(ctx, rest);
  throw new CliError('cliError.which', { command: 'imports', list: 'list, undo' }, usage);
}

async function list(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: { shop: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } },
  });
  const t = translator(cliLang(values.lang));
  const conn = await openCliConnection(ctx);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'imports list');
    const rows = await importHistory(conn.db, shop.id);
    if (values.json) {
      ctx.out(
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            file: r.file_name,
            startedAt: r.started_at,
            finishedAt: r.finished_at,
            outcome: r.outcome,
            platform: r.platform,
            kind: r.kind,
            rowsRead: r.rows_read,
            rowsNew: r.rows_new,
            rowsUpdated: r.rows_updated,
            rowsUnchanged: r.rows_unchanged,
            rowsRepeated: r.rows_repeated,
            rowsSkipped: r.rows_skipped,
            errorCount: r.error_count,
            dateFrom: r.date_from,
            dateTo: r.date_to,
          })),
        ),
      );
      return 0;
    }
    if (!rows.length) ctx.out(t('cli.noImports', { shop: shop.name }));
    for (const r of rows)
      ctx.out(
        t('cli.importRow', {
          id: r.id,
          file: r.file_name,
          when: r.finished_at,
          outcome: r.outcome,
          new: r.rows_new,
          updated: r.rows_updated,
        }),
      );
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

async function undo(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: { id: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } },
  });
  const lang = cliLang(values.lang);
  const command = 'imports undo';
  if (!values.id) throw new CliError('cliError.needImportId', { command }, usage);
  if (!/^\d{1,15}$/.test(values.id)) throw new CliError('cliError.wholeNumber', { flag: 'id', value: values.id });
  const id = Number(values.id);
  const conn = await openCliConnection(ctx, lang);
  try {
    const r = await undoOneImport(conn.db, id);
    if (!r.ok)
      throw new CliError(r.reason === 'missing' ? 'cliError.noImport' : 'cliError.notImported', { command, id });
    if (values.json) ctx.out(JSON.stringify({ id, ...r }));
    else ctx.out(translator(lang)('cli.undone', { id, file: r.file, removed: r.removed, restored: r.restored }));
    return 0;
  } finally {
    await closeConnection(conn);
  }
}
