import { spawn } from 'node:child_process';
import path from 'node:path';
import { main } from '@/lib/cli';

const root = path.resolve(import.meta.dirname, '..', '..');
const launcher = path.join(root, 'scripts', 'redline.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Calls run one after another: the environment they see is the process's own. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The command line's `main`, in this process, with `env` (DATABASE_URL, TZ, REDLINE_LANG…) set for
 * the call and put back after it. Node applies a changed TZ at once, so a command still runs in a
 * zone that is not China's. Output is what the process would print, one line per `out`/`err`.
 */
export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const run = queue.then(async () => {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    const out: string[] = [];
    const err: string[] = [];
    try {
      const status = await main(args, {
        out: (s) => out.push(`${s}\n`),
        err: (s) => err.push(`${s}\n`),
        stderrIsTTY: false,
      }).catch((e) => {
        err.push(`redline: ${(e as Error).message}\n`);
        return 1;
      });
      return { status, stdout: out.join(''), stderr: err.join('') };
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** The command line as `npm run redline` starts it, in one process: a signal sent here reaches the import. */
export function spawnCli(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, [launcher, ...args], { cwd: root, env: { ...process.env, ...env } });
}

export const repoRoot = root;
