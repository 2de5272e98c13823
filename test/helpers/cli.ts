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

/**
 * The command line as one process (node with tsx's loader), not under the tsx wrapper, which runs
 * it in a child: a signal sent here must reach the process doing the import.
 */
export function spawnCli(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'lib', 'cli.ts'), ...args], { cwd: root, env: { ...process.env, ...env } });
}

export const repoRoot = root;
