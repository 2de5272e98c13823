/** DATABASE_URL picks the database: a file is SQLite, postgres:// is PostgreSQL, anything else is refused. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openConnection, parseDatabaseUrl, resolveDatabaseFile } from '@/lib/db/connection';
import { tempDir } from '../helpers/files';

it('takes postgres:// and postgresql:// as a PostgreSQL server, never as a file', () => {
  expect(parseDatabaseUrl('postgres://u:p@db.example:5433/shops')).toEqual({
    dialect: 'postgres',
    url: 'postgres://u:p@db.example:5433/shops',
  });
  expect(parseDatabaseUrl('postgresql://u@h/db').dialect).toBe('postgres');
  // Once it was a SQLite file in a folder named "postgres:" in the working directory.
  expect(resolveDatabaseFile('postgres://x')).not.toContain('postgres:');
});

it('keeps a path or a file: URL on SQLite', () => {
  expect(parseDatabaseUrl('data/r.db')).toEqual({ dialect: 'sqlite', file: path.resolve('data/r.db') });
  expect(parseDatabaseUrl('file:data/r.db?mode=rwc')).toEqual({ dialect: 'sqlite', file: path.resolve('data/r.db') });
  expect(parseDatabaseUrl('file:///srv/r.db')).toEqual({ dialect: 'sqlite', file: '/srv/r.db' });
});

it('refuses any other scheme, naming the ones it takes, and creates nothing', async () => {
  expect(() => parseDatabaseUrl('mysql://root@h/db')).toThrow(
    '"mysql:" is not supported; use a file path, file:, postgres:// or postgresql://',
  );
  const dir = tempDir();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await expect(openConnection('mysql://root@h/db')).rejects.toThrow('not supported');
    expect(fs.readdirSync(dir)).toEqual([]);
  } finally {
    process.chdir(cwd);
  }
});
