/**
 * Column mapping on the command line: a header Redline has never seen imports with
 * `--kind --map FIELD=COLUMN` (and `--intervened` for the values that mean the platform stepped
 * in), the mapping is saved for the shop, a later file with that header imports without it, and
 * `mappings list|remove` show and forget what was saved.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { csvText, tempDir, writeFile } from '../helpers/files';

const ORDERS = ['单号', '下单日期', '付款日期', '实收(元)', '商品', '状态'];
const CASES = ['维权编号', '原订单', '发起时间', '平台处理', '原因'];

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = tempDir();
  env = { DATABASE_URL: path.join(dir, 'cli.db'), TZ: 'America/Los_Angeles', REDLINE_LANG: 'en' };
});

const ordersFile = (name: string, rows: string[][]) => writeFile(dir, name, csvText([ORDERS, ...rows]));
const casesFile = (name: string, rows: string[][]) => writeFile(dir, name, csvText([CASES, ...rows]));
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const day = async (date: string) => {
  const r = await runCli(['metrics', '--shop', '快店', '--from', date, '--to', date, '--json'], env);
  expect(r.status, r.stderr).toBe(0);
  const { orders30d, interventions30d } = JSON.parse(r.stdout).days[0];
  return { orders30d, interventions30d };
};

const ORDER_MAP = ['orderNo=单号', 'paidAt=付款日期', 'amount=实收(元)', 'product=商品', 'status=状态'];
const CASE_MAP = [
  'caseNo=维权编号',
  'orderNo=原订单',
  'appliedAt=发起时间',
  'interventionStatus=平台处理',
  'reason=原因',
];
const mapArgs = (m: string[]) => m.flatMap((a) => ['--map', a]);

it('says what is wrong with a mapping before anything is imported', async () => {
  const file = ordersFile('x.csv', [['K0', '', '2024-03-01 10:00:00', '1.00', '袜子', '已发货']]);
  const noKind = await runCli(['import', '--shop', '快店', '--platform', 'kuaishou', ...mapArgs(ORDER_MAP), file], env);
  expect(noKind.status).toBe(2);
  expect(noKind.stderr).toContain('with --map, say what the file lists with --kind orders or --kind afterSales');
  const badField = await runCli(
    ['import', '--shop', '快店', '--platform', 'kuaishou', '--kind', 'orders', '--map', 'paidOn=付款日期', file],
    env,
  );
  expect(badField.status).toBe(2);
  expect(badField.stderr).toContain('--map paidOn=付款日期: expected FIELD=COLUMN, with FIELD one of orderNo, paidAt,');
  // No --platform and no stored shop to take it from.
  const noPlatform = await runCli(['import', '--shop', '快店', '--kind', 'orders', ...mapArgs(ORDER_MAP), file], env);
  expect(noPlatform.status).toBe(2);
  expect(noPlatform.stderr).toContain('with --map, name the platform with --platform');
  // Nothing was stored: the shop does not exist yet.
  expect((await runCli(['imports', 'list', '--shop', '快店'], env)).stderr).toContain('no shop named "快店"');
});

it('imports an unknown header with --map, saves the mapping, and imports the next such file by itself', async () => {
  const unmapped = await runCli(
    [
      'import',
      '--shop',
      '快店',
      '--platform',
      'kuaishou',
      '--json',
      ordersFile('自定义.csv', [['K9', '', '', '', '', '']]),
    ],
    env,
  );
  expect(unmapped.status).toBe(1);
  expect(lines(unmapped.stdout)[0]).toMatchObject({ outcome: 'rejected', code: 'file.unknown_header' });

  const march = ordersFile('三月.csv', [
    ['K1', '2024-03-01 09:00:00', '2024-03-01 10:00:00', '9.90', '袜子', '已发货'],
    ['K2', '2024-03-02 09:00:00', '2024-03-02 23:59:00', '19.90', '手套', '已签收'],
    ['K3', '2024-03-02 09:00:00', '', '5.00', '帽子', '待付款'],
  ]);
  const first = await runCli(
    ['import', '--shop', '快店', '--platform', 'kuaishou', '--kind', 'orders', ...mapArgs(ORDER_MAP), '--json', march],
    env,
  );
  expect(first.status, first.stdout + first.stderr).toBe(0);
  expect(lines(first.stdout)[0]).toMatchObject({
    outcome: 'imported',
    platform: 'kuaishou',
    kind: 'orders',
    rowsNew: 3,
  });

  // After-sales: the shop's platform is taken from the stored shop; only 平台介入中 means the platform stepped in.
  const cases = casesFile('维权.csv', [
    ['W1', 'K1', '2024-03-05 08:00:00', '平台介入中', '未收到货'],
    ['W2', 'K2', '2024-03-06 08:00:00', '商家处理中', '不想要了'],
  ]);
  const second = await runCli(
    [
      'import',
      '--shop',
      '快店',
      '--kind',
      'afterSales',
      ...mapArgs(CASE_MAP),
      '--intervened',
      '平台介入中',
      '--json',
      cases,
    ],
    env,
  );
  expect(second.status, second.stdout + second.stderr).toBe(0);
  expect(lines(second.stdout)[0]).toMatchObject({ outcome: 'imported', kind: 'afterSales', rowsNew: 2 });

  // A later order file with the same header: no --map, no --platform.
  const april = ordersFile('四月.csv', [['K4', '', '2024-03-20 10:00:00', '7.00', '围巾', '已发货']]);
  const third = await runCli(['import', '--shop', '快店', '--json', april], env);
  expect(third.status, third.stdout).toBe(0);
  expect(lines(third.stdout)[0]).toMatchObject({ outcome: 'imported', platform: 'kuaishou', rowsNew: 1 });

  // K3 was never paid: stored, counted nowhere. W2 is the merchant's own case: no intervention.
  expect(await day('2024-03-20')).toEqual({ orders30d: 3, interventions30d: 1 });
  // The after-sales export covers 03-05 … 03-06: 03-04's window holds none of it, so its
  // interventions are not known (not 0).
  expect(await day('2024-03-04')).toEqual({ orders30d: 2, interventions30d: null });

  const listed = await runCli(['mappings', 'list', '--shop', '快店', '--json'], env);
  const saved = JSON.parse(listed.stdout);
  expect(
    saved.map((m: { kind: string; interventionValues: string[] | null }) => [m.kind, m.interventionValues]),
  ).toEqual([
    ['afterSales', ['平台介入中']],
    ['orders', null],
  ]);
  expect(saved[1]).toMatchObject({
    platform: 'kuaishou',
    header: ORDERS,
    columns: { orderNo: '单号', paidAt: '付款日期', amount: '实收(元)', product: '商品', status: '状态' },
  });
  const text = await runCli(['mappings', 'list', '--shop', '快店', '--lang', 'zh'], env);
  expect(text.stdout).toContain(`${saved[1].id}  快手 订单表  orderNo=单号 paidAt=付款日期`);
  expect(text.stdout).toContain('介入值：平台介入中');

  // Forgotten: the order header is unknown again.
  const removed = await runCli(['mappings', 'remove', '--id', String(saved[1].id)], env);
  expect([removed.status, removed.stdout.trim()]).toEqual([0, `removed mapping ${saved[1].id}`]);
  const again = await runCli(['mappings', 'remove', '--id', String(saved[1].id)], env);
  expect([again.status, again.stderr.trim()]).toEqual([
    2,
    `mappings remove: no column mapping with id ${saved[1].id}.`,
  ]);
  expect(JSON.parse((await runCli(['mappings', 'list', '--shop', '快店', '--json'], env)).stdout)).toHaveLength(1);
  const may = await runCli(
    [
      'import',
      '--shop',
      '快店',
      '--json',
      ordersFile('五月.csv', [['K5', '', '2024-03-21 10:00:00', '1.00', '袜子', '已发货']]),
    ],
    env,
  );
  expect(lines(may.stdout)[0]).toMatchObject({ outcome: 'rejected', code: 'file.unknown_header' });
  expect(await day('2024-03-21')).toEqual({ orders30d: 3, interventions30d: 1 });
});
