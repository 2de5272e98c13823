/**
 * The `redline` command line: thin over the same lib/ functions the app uses.
 *   npm run -s redline -- import [--shop NAME] [--platform P] [--json] FILE...
 *   npm run -s redline -- metrics --shop NAME [--from D] [--to D] [--json]
 * Its usage, in both languages, is in the catalog (cliText.usage).
 */
import { runAlertsCommand } from './commands/alerts';
import { runCalibrateCommand } from './commands/calibrate';
import { argvLang, type CliContext, CliError } from './commands/context';
import { runDbCommand } from './commands/db';
import { runImportCommand } from './commands/import';
import { runImportsCommand } from './commands/imports';
import { runMappingsCommand } from './commands/mappings';
import { runMetricsCommand } from './commands/metrics';
import { runRulesCommand } from './commands/rules';
import { runShareCommand } from './commands/share';
import type { Lang } from './i18n/lang';
import { translator } from './i18n/translate';
import { fieldsOf } from './import/mapping';

const usage = (lang: Lang) => {
  const t = translator(lang);
  const note = t('cliText.mapUsageNote', {
    orders: fieldsOf('orders').join(', '),
    afterSales: fieldsOf('afterSales').join(', '),
  });
  return `${t('cliText.usage')}\n${note}\n${t('cliText.usageNotes')}`;
};

const commands: Record<string, (ctx: CliContext, args: string[]) => Promise<number>> = {
  import: runImportCommand,
  imports: runImportsCommand,
  mappings: runMappingsCommand,
  metrics: runMetricsCommand,
  rules: runRulesCommand,
  calibrate: runCalibrateCommand,
  share: runShareCommand,
  db: runDbCommand,
  alerts: runAlertsCommand,
};

export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...args] = argv;
  const lang = argvLang(args);
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    ctx.out(usage(lang));
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    ctx.err(`${translator(lang)('cliError.unknownCommand', { name })}\n${usage(lang)}`);
    return 2;
  }
  try {
    return await command(ctx, args);
  } catch (e) {
    if (e instanceof CliError) {
      ctx.err(e.text(lang));
      return 2;
    }
    throw e;
  }
}

const isEntry = process.argv[1] && /lib[\\/]cli\.ts$/.test(process.argv[1]);
if (isEntry) {
  // `redline metrics --json | head`: once the reader is gone there is nobody to tell; end quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`redline: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
