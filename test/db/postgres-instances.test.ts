/**
 * Several processes on one PostgreSQL database (two app instances, or a command line beside a
 * server): two imports into one new shop, started at the same moment from two processes, end in
 * the figures that one after the other give, and the shop is made once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection, openConnection } from '@/lib/db/connection';
import { dailyAll } from '@/lib/db/queries/dailyAll';
import { spawnCli } from '../helpers/cli';
import { importPath, shopIn } from '../helpers/db';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';

const pgUp = await postgresAvailable();
const dir = tempDir();

/** Orders of May 1–20, 50 a day; file b restates 11–20 with another status and adds 21–30. */
const orders = (name: string, from: number, to: number, status: string) => {
  const rows = [PDD_ORDER_HEADER];
  for (let d = from; d <= to; d++)
    for (let i = 0; i < 50; i++)
      rows.push(
        row(PDD_ORDER_HEADER, {
          订单号: `O${d}-${i}`,
          订单成交时间: `2024-05-${String(d).padStart(2, '0')} 10:00:00`,
          订单状态: status,
        }),
      );
  return writeFile(dir, name, csvText(rows));
};
const a = orders('a.csv', 1, 20, '已签收');
const b = orders('b.csv', 11, 30, '已退款');
const cases = writeFile(
  dir,
  'c.csv',
  csvText([
    PDD_AFTER_SALES_HEADER,
    row(PDD_AFTER_SALES_HEADER, {
      售后编号: 'K1',
      订单编号: 'O12-3',
      申请时间: '2024-05-14 08:00:00',
      售后状态: '平台处理中',
    }),
  ]),
);

function cliImport(url: string, file: string) {
  const child = spawnCli(['import', '--shop', '双店', '--json', file], { DATABASE_URL: url });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  return new Promise<{ code: number | null; out: string }>((r) => child.on('close', (code) => r({ code, out })));
}

describe.skipIf(!pgUp)('two processes on one PostgreSQL database', () => {
  let together: TestDatabase;
  let oneByOne: TestDatabase;
  beforeAll(async () => {
    [together, oneByOne] = await Promise.all([freshPostgres(), freshPostgres()]);
  });
  afterAll(async () => {
    await Promise.all([together?.drop(), oneByOne?.drop()]);
  });

  it('two imports at once give the figures of one after the other', async () => {
    const [ra, rb, rc] = await Promise.all([
      cliImport(together.url, a),
      cliImport(together.url, b),
      cliImport(together.url, cases),
    ]);
    for (const r of [ra, rb, rc]) expect(r.code, r.out).toBe(0);
    const seq = await openConnection(oneByOne.url);
    for (const f of [a, b, cases]) await importPath(seq, f, { shop: '双店' });
    const par = await openConnection(together.url);
    try {
      const [ps, ss] = [await shopIn(par, '双店'), await shopIn(seq, '双店')];
      expect(await par.db.selectFrom('shops').select('id').execute()).toHaveLength(1);
      const figures = async (c: typeof par, id: number) =>
        (await dailyAll(c.db, id, '2024-01-01', '2024-12-31')).map(({ shop_id: _, ...d }) => d);
      const together = await figures(par, ps.id);
      expect(together).toEqual(await figures(seq, ss.id));
      // 30 days of 50 orders, each counted once; the one intervention on 05-14.
      expect(together.reduce((n, d) => n + d.orders_paid, 0)).toBe(1500);
      expect(together.filter((d) => d.interventions_applied)).toEqual([
        expect.objectContaining({ day: '2024-05-14', interventions_applied: 1 }),
      ]);
    } finally {
      await closeConnection(par);
      await closeConnection(seq);
    }
  });
});
