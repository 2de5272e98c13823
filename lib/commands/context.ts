import type { Lang } from '../import/messages';

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
