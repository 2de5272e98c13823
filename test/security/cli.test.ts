/** The command line as a user runs it: ids that start with "-", passwords off argv, a closed stdout. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeConnection, openConnection } from '@/lib/db/connection';
import { createShop } from '@/lib/db/queries/shops';
import { createShareLink } from '@/lib/share/links';
import { verifyPassword } from '@/lib/share/passwords';
import { shopByName } from '@/lib/shops/shops';
import { repoRoot, runCli } from '../helpers/cli';

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-sec-cli-'));
  env = { DATABASE_URL: path.join(dir, 'redline.db') };
  const conn = await openConnection(env.DATABASE_URL);
  await createShop(conn.db, '红线店', 'pdd', '2024-01-01 00:00:00');
  await closeConnection(conn);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function withDb<T>(fn: (conn: Awaited<ReturnType<typeof openConnection>>) => Promise<T>): Promise<T> {
  const conn = await openConnection(env.DATABASE_URL);
  try {
    return await fn(conn);
  } finally {
    await closeConnection(conn);
  }
}

describe('command line (point 6)', () => {
  test('share revoke takes an id starting with "-", as --id VALUE and --id=VALUE', async () => {
    const ids = await withDb(async (conn) => {
      const out: string[] = [];
      for (const id of ['-SJY_XLTjMb5', '-abcdefghijk']) {
        const link = await createShareLink(conn.db, (await shopByName(conn.db, '红线店'))!, {});
        conn.raw.prepare('update share_links set id = ? where id = ?').run(id, link.id);
        out.push(id);
      }
      return out;
    });
    const a = await runCli(['share', 'revoke', '--id', ids[0]], env);
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    expect(a.stdout).toContain(`已撤销 ${ids[0]}`);
    const b = await runCli(['share', 'revoke', `--id=${ids[1]}`], env);
    expect(b.status).toBe(0);
    expect(b.stdout).toContain(`已撤销 ${ids[1]}`);
  });

  test('a link password from REDLINE_SHARE_PASSWORD or typed at the prompt, never in argv', async () => {
    const fromEnv = await runCli(['share', 'create', '--shop', '红线店', '--json'], {
      ...env,
      REDLINE_SHARE_PASSWORD: 'from the environment',
    });
    expect(fromEnv.status).toBe(0);
    const prompted = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(repoRoot, 'lib', 'cli.ts'),
          'share',
          'create',
          '--shop',
          '红线店',
          '--ask-password',
          '--json',
        ],
        {
          cwd: repoRoot,
          env: { ...process.env, ...env },
        },
      );
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stdin.end('typed at the prompt\n');
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(prompted.code).toBe(0);
    const [envId, promptId] = [JSON.parse(fromEnv.stdout).id, JSON.parse(prompted.stdout).id];
    await withDb(async (conn) => {
      const hash = (id: string) =>
        (conn.raw.prepare('select password_hash from share_links where id = ?').get(id) as { password_hash: string })
          .password_hash;
      expect(await verifyPassword('from the environment', hash(envId))).toBe(true);
      expect(await verifyPassword('typed at the prompt', hash(promptId))).toBe(true);
    });
  });

  test('a closed stdout (| head) ends the command quietly: no EPIPE stack trace', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(repoRoot, 'lib', 'cli.ts'), 'share', 'list', '--shop', '红线店', '--json'],
        {
          cwd: repoRoot,
          env: { ...process.env, ...env },
        },
      );
      // The reader goes away before the command writes, as `head` does after its lines.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.code).toBe(0);
  });
});
