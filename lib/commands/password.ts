import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import { CliError } from './context';

/** The environment variable `share create` reads a link's password from. */
export const PASSWORD_ENV = 'REDLINE_SHARE_PASSWORD';

/**
 * A link's password without putting it on the command line, where `ps` shows it to every user of
 * the machine: from REDLINE_SHARE_PASSWORD, or asked for (`--ask-password`: typed without echo
 * on a terminal, else the first line of stdin).
 */
export async function readLinkPassword(opts: {
  ask: boolean;
  argv?: string;
  warn: (s: string) => void;
  lang: Lang;
}): Promise<string | undefined> {
  const t = translator(opts.lang);
  if (opts.argv !== undefined) {
    opts.warn(t('cliText.passwordOnArgv', { env: PASSWORD_ENV }));
    return opts.argv;
  }
  if (opts.ask) {
    const p = await prompt(t('cliText.passwordPrompt'));
    if (!p) throw new CliError('cliError.emptyPassword', { command: 'share create' });
    return p;
  }
  return process.env[PASSWORD_ENV] || undefined;
}

function prompt(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return new Promise((resolve, reject) => {
      let text = '';
      stdin.setEncoding('utf8');
      const done = () => {
        stdin.pause();
        resolve(text.split(/\r?\n/)[0]);
      };
      stdin.on('data', (d: string) => {
        text += d;
        if (text.includes('\n') || text.length > 4096) {
          stdin.removeAllListeners('data');
          done();
        }
      });
      stdin.once('end', done);
      stdin.once('error', reject);
    });
  }
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let text = '';
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(text));
        if (ch === '\u0003') return finish(() => reject(new CliError('cliError.cancelled')));
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else if (ch >= ' ') text += ch;
      }
    };
    const finish = (then: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      then();
    };
    stdin.on('data', onData);
  });
}
