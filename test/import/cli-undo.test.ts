/**
 * `imports list` and `imports undo` on the command line: undoing the second of two overlapping
 * imports removes the order it added, gives back the paid time it changed, and the figures are
 * those after the first import again.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = tempDir();
  env = { DATABASE_URL: path.join(dir, 'cli.db'), TZ: 'America/Los_Angeles', REDLINE_LANG: 'en' };
});

const orders = (name: string, list: [string, string][]) =>
  writeFile(
    dir,
    name,
    csvText([
      PDD_ORDER_HEADER,
      ...list.map(([no, paid]) => row(PDD_ORDER_HEADER, { 订单号: no, 订单成交时间: paid, 订单状态: '已发货' })),
    ]),
  );
const figures = async () => {
  const r = await runCli(['metrics', '--shop', '拼店', '--from', '2024-05-01', '--to', '2024-05-04', '--json'], env);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).days.map((d: { orders30d: number }) => d.orders30d);
};

it('lists the imports and undoes one: what it added goes, what it changed comes back, figures as before it', async () => {
  const a = orders('a.csv', [
    ['1', '2024-05-01 10:00:00'],
    ['2', '2024-05-02 10:00:00'],
    ['3', '2024-05-03 10:00:00'],
  ]);
  // b moves order 2 to May 4, repeats 3 unchanged and adds 4.
  const b = orders('b.csv', [
    ['2', '2024-05-04 09:00:00'],
    ['3', '2024-05-03 10:00:00'],
    ['4', '2024-05-04 11:00:00'],
  ]);
  expect((await runCli(['import', '--shop', '拼店', a], env)).status).toBe(0);
  const afterA = await figures();
  expect(afterA).toEqual([1, 2, 3, 3]);
  expect((await runCli(['import', '--shop', '拼店', b], env)).status).toBe(0);
  expect(await figures()).toEqual([1, 1, 2, 4]);

  const list = JSON.parse((await runCli(['imports', 'list', '--shop', '拼店', '--json'], env)).stdout);
  expect(list.map((i: Record<string, unknown>) => [i.file, i.outcome, i.rowsNew, i.rowsUpdated])).toEqual([
    ['b.csv', 'imported', 1, 1],
    ['a.csv', 'imported', 3, 0],
  ]);
  const [idB, idA] = list.map((i: { id: number }) => i.id);

  const undo = await runCli(['imports', 'undo', '--id', String(idB)], env);
  expect(undo.status, undo.stderr).toBe(0);
  expect(undo.stdout.trim()).toBe(
    `Undid import ${idB} (b.csv): 1 row it added removed, 1 row it changed restored to the import before; figures rebuilt.`,
  );
  expect(await figures()).toEqual(afterA);

  const zh = await runCli(['imports', 'list', '--shop', '拼店', '--lang', 'zh'], env);
  expect(zh.stdout.split('\n')[0]).toMatch(new RegExp(`^${idB}  b\\.csv  \\S+ \\S+  已撤销  新增 1 / 更新 1$`));
  const twice = await runCli(['imports', 'undo', '--id', String(idB)], env);
  expect([twice.status, twice.stderr.trim()]).toEqual([
    2,
    `imports undo: import ${idB} holds no rows (it was refused or is already undone); nothing to undo.`,
  ]);
  expect((await runCli(['imports', 'undo', '--id', '999'], env)).stderr.trim()).toBe(
    'imports undo: no import with id 999.',
  );

  // Undoing the first import too leaves a shop without orders, and without an export: nothing is known.
  const first = await runCli(['imports', 'undo', '--id', String(idA), '--lang', 'zh'], env);
  expect(first.stdout.trim()).toBe(
    `已撤销导入 ${idA}（a.csv）：删除 3 行（由它新增），恢复 0 行（回到之前导入的内容），数字已重算。`,
  );
  expect(await figures()).toEqual([null, null, null, null]);
});
