import { type Connection, openConnection } from '../db/connection';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';

export interface CliContext {
  out: (line: string) => void;
  err: (line: string) => void;
  stderrIsTTY: boolean;
}

/** A usage mistake: said plainly, exit code 2. */
export class CliError extends Error {}

export function cliLang(flag: string | undefined): Lang {
  const v = flag ?? process.env.REDLINE_LANG ?? 'zh';
  if (v !== 'zh' && v !== 'en') throw new CliError(`--lang must be zh or en, not "${v}".`);
  return v;
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
