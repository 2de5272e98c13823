import { type Connection, openConnection } from '../db/connection';
import { type Lang, parseLang } from '../i18n/lang';
import { type MessageKey, translator, type Vars } from '../i18n/translate';

export interface CliContext {
  out: (line: string) => void;
  err: (line: string) => void;
  stderrIsTTY: boolean;
}

/**
 * A usage mistake: said plainly from the catalog, in the language of --lang / REDLINE_LANG, with
 * the command's usage after it when that helps; exit code 2.
 */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly vars: Vars = {},
    readonly usage?: (lang: Lang) => string,
  ) {
    super(key);
  }

  text(lang: Lang): string {
    const line = translator(lang)(this.key, this.vars as never);
    return this.usage ? `${line}\n${this.usage(lang)}` : line;
  }
}

export function cliLang(flag: string | undefined): Lang {
  const v = flag ?? process.env.REDLINE_LANG ?? 'zh';
  if (v !== 'zh' && v !== 'en') throw new CliError('cliError.lang', { value: v });
  return v;
}

/** The language a command's arguments ask for (`--lang X` or `--lang=X`), before they are parsed. */
export function argvLang(argv: readonly string[]): Lang {
  const eq = argv.find((a) => a.startsWith('--lang='));
  const i = argv.indexOf('--lang');
  const v = eq ? eq.slice('--lang='.length) : i >= 0 ? argv[i + 1] : undefined;
  return parseLang(v === 'zh' || v === 'en' ? v : process.env.REDLINE_LANG);
}

/**
 * The command's database connection. A write that finds an import merging waits for it, and says
 * so once on stderr, instead of failing.
 */
export function openCliConnection(ctx: CliContext, lang: Lang = cliLang(undefined)): Promise<Connection> {
  return openConnection(undefined, { onWait: waitingMessage(ctx, lang) });
}

/** What the command line says while a write (its own, or an import's merge) waits for another import's merge. */
export const waitingMessage = (ctx: CliContext, lang: Lang) => () => ctx.err(translator(lang)('cliImport.waiting'));
