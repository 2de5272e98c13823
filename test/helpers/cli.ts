import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const launcher = path.join(root, 'scripts', 'redline.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line in a child process, with its own TZ and database. */
export function runCli(args: string[], env: Record<string, string>): CliRun {
  const r = spawnSync(process.execPath, [launcher, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf-8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command line as `npm run redline` starts it, in one process: a signal sent here reaches the import. */
export function spawnCli(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, [launcher, ...args], { cwd: root, env: { ...process.env, ...env } });
}

export const repoRoot = root;
