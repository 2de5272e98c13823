import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line in a child process, with its own TZ and database. */
export function runCli(args: string[], env: Record<string, string>): CliRun {
  const r = spawnSync(tsx, [path.join(root, 'lib', 'cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf-8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function spawnCli(args: string[], env: Record<string, string>) {
  return spawn(tsx, [path.join(root, 'lib', 'cli.ts'), ...args], { cwd: root, env: { ...process.env, ...env } });
}

export const repoRoot = root;
