/** The command line as a merchant's script uses it: `npm run -s redline -- …` prints only its own output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';
import { PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

const npm = (args: string[], env: Record<string, string>) =>
  spawnSync('npm', ['run', '-s', 'redline', '--', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf-8',
  });

it('imports several files with one JSON line each, then prints metrics as JSON and nothing else', () => {
  const dir = tempDir();
  const env = { DATABASE_URL: `file:${path.join(dir, 'cli.db')}` };
  const good = writeFile(
    dir,
    'orders.csv',
    csvText([
      PDD_ORDER_HEADER,
      row(PDD_ORDER_HEADER, { 订单号: 'C1', 订单成交时间: '2024-06-10 10:00:00', 订单状态: '已签收' }),
    ]),
  );
  const bad = writeFile(dir, 'notes.csv', '随便写的一些笔记\n');
  const r = npm(['import', '--shop', '我的店', '--json', good, bad], env);
  expect(r.status).toBe(1);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => [l.file, l.outcome, l.code, l.rowsNew])).toEqual([
    ['orders.csv', 'imported', null, 1],
    ['notes.csv', 'rejected', 'file.unknown_header', 0],
  ]);
  expect(lines[1].message).toContain('notes.csv');

  const m = npm(['metrics', '--shop', '我的店', '--json'], env);
  expect(m.status).toBe(0);
  const out = JSON.parse(m.stdout);
  expect(out).toMatchObject({ shop: '我的店', platform: 'pdd' });
  // By default: the 90 days ending on the latest day with data, both ends included.
  expect(out.days).toHaveLength(90);
  expect(out.days[0].date).toBe('2024-03-13');
  // Orders only: the interventions are not known without an after-sales export, so null, not 0.
  expect(out.days[89]).toMatchObject({ date: '2024-06-10', orders30d: 1, interventions30d: null, rate30d: null });
  // 03-13's window ends long before the order file's first day: not known, not 0.
  expect(out.days[0]).toMatchObject({ orders30d: null, rate30d: null });
  // As text: "-" for what is not known, and once what "-" means.
  const text = npm(['metrics', '--shop', '我的店', '--lang', 'en'], env).stdout.split('\n');
  const head = text.indexOf('date        orders30d  interventions30d  rate30d  status');
  expect(text[head + 1]).toBe(
    '("-": not known, no export of that kind covers any day of the window; a rate is also "-" without orders)',
  );
  expect(text.find((l) => l.startsWith('2024-06-10'))).toMatch(/^2024-06-10 +1 +- +- +Unknown/);
});

it('says what is wrong with its arguments', () => {
  const r = npm(['metrics', '--shop', 'x', '--from', '2024-02-30', '--lang', 'en'], {
    DATABASE_URL: path.join(tempDir(), 'a.db'),
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('--from must be a date like 2024-03-01, not "2024-02-30".');
});
