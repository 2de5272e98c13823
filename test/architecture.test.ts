/**
 * The shape of the code, checked like any other behaviour: no import cycles, SQL only in `lib/db`,
 * no source file too long to read in one sitting, and the lint/format and dead-code tools clean.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const MAX_LINES = 300;

/**
 * Files still over the limit, each with the reason; an entry goes when its file is split (the
 * test below fails on an entry whose file is no longer long, so the list cannot go stale).
 */
const LONG_FOR_NOW: Record<string, string> = {};

function sourceFiles(dirs: string[], pattern = /\.(ts|tsx|mjs)$/): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && entry.name !== 'fixtures') walk(rel);
      } else if (pattern.test(entry.name)) out.push(rel);
    }
  };
  for (const dir of dirs) walk(dir);
  return out;
}

describe('the shape of the code', () => {
  it('has no import cycles in app/ and lib/', async () => {
    const graph = await madge(['app', 'lib'], {
      baseDir: root,
      fileExtensions: ['ts', 'tsx'],
      tsConfig: path.join(root, 'tsconfig.json'),
    });
    expect(graph.circular()).toEqual([]);
  });

  it('issues SQL only from lib/db', () => {
    const sqlLike = /from 'kysely'|\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)\(|\bsql`|\.prepare\(/;
    const offenders = sourceFiles(['app', 'lib', 'scripts'])
      .filter((f) => !f.startsWith(`lib${path.sep}db${path.sep}`))
      .filter((f) => sqlLike.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it(`keeps every source file under ${MAX_LINES} lines`, () => {
    const long = sourceFiles(['app', 'lib', 'scripts', 'bench', 'test'])
      .map((f) => ({ f, lines: fs.readFileSync(path.join(root, f), 'utf8').split('\n').length }))
      .filter((x) => x.lines > MAX_LINES);
    expect(long.filter((x) => !(x.f in LONG_FOR_NOW)).map((x) => `${x.f}: ${x.lines}`)).toEqual([]);
    // An allowed file that is short now leaves the list.
    expect(Object.keys(LONG_FOR_NOW).filter((f) => !long.some((x) => x.f === f))).toEqual([]);
  });

  it('passes Biome (lint and format) and knip (no dead files or exports)', () => {
    const tool = (bin: string, args: string[]): string => {
      try {
        execFileSync(path.join(root, 'node_modules', '.bin', bin), args, {
          cwd: root,
          encoding: 'utf8',
          stdio: 'pipe',
        });
        return 'clean';
      } catch (e) {
        const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
        return `${stdout}${stderr}`.slice(0, 4000);
      }
    };
    expect(tool('biome', ['check', '--diagnostic-level=error', '.'])).toBe('clean');
    expect(tool('knip', ['--no-progress'])).toBe('clean');
  }, 120_000);
});
