import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '@/lib/cli';
import { closeConnection, openConnection } from '@/lib/db/connection';
import { createShop } from '@/lib/db/queries/shops';
import { resolveShareLink } from '@/lib/share/links';

const ROOT = path.resolve(__dirname, '..', '..');
let dir: string;
let dbFile: string;
const saved = { db: process.env.DATABASE_URL, url: process.env.REDLINE_PUBLIC_URL };

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), stderrIsTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-share-cli-'));
  dbFile = path.join(dir, 'redline.db');
  process.env.DATABASE_URL = dbFile;
  delete process.env.REDLINE_PUBLIC_URL;
  const conn = await openConnection(dbFile);
  await createShop(conn.db, '甲店', 'pdd', '2024-01-01 00:00:00');
  await closeConnection(conn);
});

afterAll(() => {
  process.env.DATABASE_URL = saved.db;
  if (saved.url === undefined) delete process.env.REDLINE_PUBLIC_URL;
  else process.env.REDLINE_PUBLIC_URL = saved.url;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('redline share', () => {
  test('create --json prints {id, url} with the local address, and the URL opens the shop', async () => {
    const r = await run('share', 'create', '--shop', '甲店', '--label', '老板', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(j.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/r\/[A-Za-z0-9_-]{43}$/);
    const conn = await openConnection(dbFile);
    const link = await resolveShareLink(conn.db, j.url.split('/r/')[1]);
    await closeConnection(conn);
    expect(link?.shop_name).toBe('甲店');
    expect(link?.label).toBe('老板');
  });

  test('REDLINE_PUBLIC_URL sets the base; expiry and password are kept', async () => {
    process.env.REDLINE_PUBLIC_URL = 'https://redline.example.com/';
    try {
      const r = await run(
        'share',
        'create',
        '--shop',
        '甲店',
        '--expires-in-days',
        '3',
        '--password',
        'pw',
        '--from',
        '2024-01-01',
        '--to',
        '2024-01-31',
        '--json',
      );
      const j = JSON.parse(r.out);
      expect(j.url).toMatch(/^https:\/\/redline\.example\.com\/r\/[A-Za-z0-9_-]{43}$/);
      const l = await run('share', 'list', '--shop', '甲店', '--json');
      const row = JSON.parse(l.out).find((x: { id: string }) => x.id === j.id);
      expect(row).toMatchObject({
        hasPassword: true,
        range: { kind: 'fixed', from: '2024-01-01', to: '2024-01-31' },
        state: 'active',
        views: 0,
      });
      expect(Date.parse(row.expiresAt) - Date.parse(row.createdAt)).toBe(3 * 86_400_000);
    } finally {
      delete process.env.REDLINE_PUBLIC_URL;
    }
  });

  test('list then revoke; a second revoke says so; an unknown id is an error', async () => {
    const { out } = await run('share', 'create', '--shop', '甲店', '--json');
    const { id } = JSON.parse(out);
    expect((await run('share', 'list', '--shop', '甲店')).out).toContain(`${id}  active`);
    expect(await run('share', 'revoke', '--id', id)).toMatchObject({ code: 0 });
    expect((await run('share', 'list', '--shop', '甲店')).out).toContain(`${id}  revoked`);
    expect((await run('share', 'revoke', '--id', id)).out).toBe(`${id} 之前已撤销`);
    expect(await run('share', 'revoke', '--id', 'nope')).toMatchObject({ code: 2 });
  });

  test('mistakes are said plainly with exit code 2', async () => {
    expect(await run('share', 'create', '--shop', '乙店')).toMatchObject({
      code: 2,
      err: expect.stringContaining('乙店'),
    });
    expect(await run('share', 'create', '--shop', '甲店', '--days', 'x')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--days'),
    });
    expect(await run('share', 'create', '--shop', '甲店', '--from', '2024-01-01')).toMatchObject({ code: 2 });
    expect(await run('share', 'create')).toMatchObject({ code: 2 });
    expect(await run('share', 'list', '--shop', '乙店')).toMatchObject({ code: 2 });
    expect(await run('share')).toMatchObject({ code: 2 });
  });

  test('`npm run -s redline -- share create --json` prints only the JSON', () => {
    const out = execFileSync('npm', ['run', '-s', 'redline', '--', 'share', 'create', '--shop', '甲店', '--json'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: dbFile },
      encoding: 'utf-8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(Object.keys(JSON.parse(out))).toEqual(['id', 'url']);
    expect(out.trim().split('\n')).toHaveLength(1);
  });
});
