import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './context';

/**
 * node:util's parseArgs, with one difference: the word after an option that takes a value is
 * always that value, even when it starts with "-". Share link ids are base64url, so about one in
 * 64 starts with "-"; `--id -SJY_XLTjMb5` must work like `--id=-SJY_XLTjMb5`. Its errors become
 * usage errors (exit code 2, no stack trace).
 */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const takesValue = new Set(
    Object.entries(config.options ?? {})
      .filter(([, o]) => o.type === 'string')
      .map(([name]) => `--${name}`),
  );
  const src = config.args ?? [];
  const args: string[] = [];
  for (let i = 0; i < src.length; i++) {
    const a = src[i];
    if (a === '--') {
      args.push(...src.slice(i));
      break;
    }
    if (takesValue.has(a) && i + 1 < src.length) args.push(`${a}=${src[++i]}`);
    else args.push(a);
  }
  try {
    return parseArgs({ ...config, args }) as ReturnType<typeof parseArgs<T>>;
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      throw new CliError('cliError.args', { detail: (e as Error).message });
    throw e;
  }
}
