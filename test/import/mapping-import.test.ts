/**
 * A header Redline has never seen: refused with the columns it found and how to map them; imported
 * with the merchant's mapping (marked intervention values included); the mapping saved for the shop,
 * so the next file with that header imports by itself.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { columnMappingsOfShop } from '@/lib/db/queries/columnMappingsOfShop';
import { renderMessage } from '@/lib/i18n/importMessages';
import { headerKey } from '@/lib/import/mapping';
import { freshDb, importPath } from '../helpers/db';
import { csvText, tempDir, writeFile } from '../helpers/files';

const ORDERS = ['单号', '下单日期', '付款日期', '实收(元)', '商品', '状态'];
const CASES = ['维权编号', '原订单', '发起时间', '平台处理', '原因'];

let dir: string;
let conn: Connection;
beforeAll(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterAll(async () => {
  await closeConnection(conn);
});

const ordersFile = (name: string, rows: string[][]) => writeFile(dir, name, csvText([ORDERS, ...rows]));
const orderMapping = {
  platform: 'kuaishou' as const,
  kind: 'orders' as const,
  columns: { orderNo: '单号', paidAt: '付款日期', amount: '实收(元)', product: '商品', status: '状态' },
};

it('refuses an unknown header naming the columns it found and how to map them', async () => {
  const s = await importPath(
    conn,
    ordersFile('自定义导出.csv', [['K1', '', '2024-03-01 10:00:00', '9.90', '袜子', '已发货']]),
    {
      shop: '快店',
    },
  );
  expect(s.outcome).toBe('rejected');
  expect(s.message).toMatchObject({
    code: 'file.unknown_header',
    params: { found: '单号、下单日期、付款日期、实收(元)、商品、状态', columns: 6 },
  });
  expect(renderMessage(s.message!, 'en')).toContain('on the command line with --kind and --map FIELD=COLUMN');
});

it('imports with the merchant’s mapping, saves it, and imports the next file with that header by itself', async () => {
  const first = await importPath(
    conn,
    ordersFile('三月.csv', [
      ['K1', '2024-03-01 09:00:00', '2024-03-01 10:00:00', '9.90', '袜子', '已发货'],
      ['K2', '2024-03-02 09:00:00', '2024-03-02 10:00:00', '19.90', '手套', '已签收'],
    ]),
    { shop: '快店', platform: 'kuaishou', mapping: orderMapping },
  );
  expect(first).toMatchObject({ outcome: 'imported', platform: 'kuaishou', kind: 'orders', rowsNew: 2, errorCount: 0 });
  const shopId = first.shopId!;
  expect(await columnMappingsOfShop(conn.db, shopId)).toMatchObject([
    { headerKey: headerKey(ORDERS), platform: 'kuaishou', kind: 'orders', columns: orderMapping.columns },
  ]);
  const next = await importPath(
    conn,
    ordersFile('四月.csv', [['K3', '', '2024-04-01 10:00:00', '5.00', '帽子', '已发货']]),
    {
      shop: '快店',
    },
  );
  expect(next).toMatchObject({ outcome: 'imported', rowsNew: 1 });
  expect(
    conn.raw.prepare('select order_no, paid_day, amount_cents, product from orders order by order_no').all(),
  ).toEqual([
    { order_no: 'K1', paid_day: '2024-03-01', amount_cents: 990, product: '袜子' },
    { order_no: 'K2', paid_day: '2024-03-02', amount_cents: 1990, product: '手套' },
    { order_no: 'K3', paid_day: '2024-04-01', amount_cents: 500, product: '帽子' },
  ]);
  // Another shop has no such mapping: the same header is unknown there.
  const elsewhere = await importPath(
    conn,
    ordersFile('别家.csv', [['K9', '', '2024-04-01 10:00:00', '5.00', '帽子', '已发货']]),
    {
      shop: '另一家',
    },
  );
  expect(elsewhere.message?.code).toBe('file.unknown_header');
});

it('counts exactly the status values the merchant marked as "the platform stepped in"', async () => {
  const file = writeFile(
    dir,
    '维权.csv',
    csvText([
      CASES,
      ['W1', 'K1', '2024-03-05 10:00:00', '平台介入中', '质量问题'],
      ['W2', 'K2', '2024-03-06 10:00:00', '协商中', '不想要了'],
      ['W3', 'K3', '2024-04-02 10:00:00', '平台已裁决', '少件'],
    ]),
  );
  const s = await importPath(conn, file, {
    shop: '快店',
    platform: 'kuaishou',
    mapping: {
      platform: 'kuaishou',
      kind: 'afterSales',
      columns: {
        caseNo: '维权编号',
        orderNo: '原订单',
        appliedAt: '发起时间',
        interventionStatus: '平台处理',
        reason: '原因',
      },
      interventionValues: ['平台介入中', '平台已裁决'],
    },
  });
  expect(s).toMatchObject({ outcome: 'imported', kind: 'afterSales', rowsNew: 3 });
  expect(conn.raw.prepare('select case_no, intervened from cases order by case_no').all()).toEqual([
    { case_no: 'W1', intervened: 1 },
    { case_no: 'W2', intervened: 0 },
    { case_no: 'W3', intervened: 1 },
  ]);
});
