/**
 * A zip of exports on the command line, as JD's download centre hands them out: each CSV or xlsx
 * inside (a GBK name in a nested folder too) is imported as its own file, in archive order, named
 * inside the archive in its summary and the history; a password-protected zip is refused as
 * encrypted, and one without exports says what it holds. Both refusals are in the history.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { beforeAll, expect, it } from 'vitest';
import { jdArchive } from '../helpers/archives';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/files';
import { storedZip } from '../helpers/zip';

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = tempDir();
  env = { DATABASE_URL: path.join(dir, 'cli.db'), TZ: 'America/Los_Angeles', REDLINE_LANG: 'en' };
});

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

it('imports every export inside a zip, each its own summary and history row, figures from all of them', async () => {
  const zip = path.join(dir, '20240310.zip');
  fs.writeFileSync(zip, await jdArchive(dir));
  const r = await runCli(['import', '--shop', '京店', '--json', zip], env);
  expect(r.status, r.stdout + r.stderr).toBe(0);
  expect(lines(r.stdout).map((l) => [l.file, l.outcome, l.platform, l.kind, l.rowsNew])).toEqual([
    ['20240310.zip/京东/2024年3月/订单明细.csv', 'imported', 'jd', 'orders', 4],
    ['20240310.zip/京东/售后服务单.xlsx', 'imported', 'jd', 'afterSales', 2],
  ]);
  const m = await runCli(['metrics', '--shop', '京店', '--from', '2024-03-06', '--to', '2024-03-06', '--json'], env);
  expect(JSON.parse(m.stdout).days[0]).toMatchObject({ orders30d: 4, interventions30d: 1, rate30d: 0.25 });
  const history = JSON.parse((await runCli(['imports', 'list', '--shop', '京店', '--json'], env)).stdout);
  expect(history.map((h: { file: string }) => h.file)).toEqual([
    '20240310.zip/京东/售后服务单.xlsx',
    '20240310.zip/京东/2024年3月/订单明细.csv',
  ]);
  // Nothing unpacked is left behind.
  expect(fs.readdirSync(path.join(dir, '.redline-tmp', String(process.pid)))).toEqual([]);
});

it('refuses a password-protected zip as encrypted and a zip without exports for what it holds, in the history', async () => {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password: 'jd-2024' });
  await writer.add('12345678.csv', new TextReader('订单号\r\n1\r\n'));
  const locked = path.join(dir, 'locked.zip');
  fs.writeFileSync(locked, await writer.close());
  const none = path.join(dir, 'none.zip');
  fs.writeFileSync(none, storedZip([{ name: Buffer.from('说明.docx'), data: Buffer.from('x') }]));
  const r = await runCli(['import', '--shop', '京店', '--json', locked, none], env);
  expect(r.status).toBe(1);
  const [a, b] = lines(r.stdout);
  expect([a.file, a.outcome, a.code]).toEqual(['locked.zip', 'rejected', 'file.encrypted']);
  expect(a.message).toContain('is encrypted (password-protected)');
  expect([b.file, b.code, b.params]).toEqual([
    'none.zip',
    'file.archive_no_exports',
    { file: 'none.zip', found: '说明.docx' },
  ]);
  const history = JSON.parse((await runCli(['imports', 'list', '--shop', '京店', '--json'], env)).stdout);
  expect(history.slice(0, 2).map((h: { file: string; outcome: string }) => [h.file, h.outcome])).toEqual([
    ['none.zip', 'rejected'],
    ['locked.zip', 'rejected'],
  ]);
  expect(
    JSON.parse(
      (await runCli(['metrics', '--shop', '京店', '--from', '2024-03-06', '--to', '2024-03-06', '--json'], env)).stdout,
    ).days[0].orders30d,
  ).toBe(4);
});
