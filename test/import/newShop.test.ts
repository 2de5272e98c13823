/**
 * "New shop" on the page means new: a stored shop of that name (or a look-alike) refuses the file
 * instead of silently taking its orders into its figures. An archive's files for a new shop all
 * go into the one its first file creates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { combinedSummary, importFiles } from '@/lib/import/importFiles';
import { fileInput } from '@/lib/import/pipeline';
import { freshDb, importPath } from '../helpers/db';
import { PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';
import { storedZip } from '../helpers/zip';

let dir: string;
let conn: Connection;
beforeEach(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterEach(async () => {
  await closeConnection(conn);
});

const orders = (name: string, nos: string[]) =>
  writeFile(
    dir,
    name,
    csvText([
      PDD_ORDER_HEADER,
      ...nos.map((no) =>
        row(PDD_ORDER_HEADER, { 订单号: no, 订单成交时间: '2024-05-02 12:00:00', 订单状态: '已签收' }),
      ),
    ]),
  );
const stored = () => conn.raw.prepare('select count(*) n from orders').get() as { n: number };

it('a new shop is made once; a second file for a "new" shop of that name is refused and stores nothing', async () => {
  expect(await importPath(conn, orders('a.csv', ['A1', 'A2']), { shop: '红线店', newShop: true })).toMatchObject({
    outcome: 'imported',
    rowsNew: 2,
  });
  for (const name of ['红线店', '红线\u200b店']) {
    const s = await importPath(conn, orders('b.csv', ['B1']), { shop: name, newShop: true });
    expect(s).toMatchObject({ outcome: 'rejected', rowsNew: 0, message: { code: 'file.shop_exists' } });
    expect(renderMessage(s.message!, 'zh')).toBe(
      '文件「b.csv」没有导入：已有名为「红线店」的店铺。请在列表中选择它，或给新店铺换一个名称。',
    );
  }
  expect(stored()).toEqual({ n: 2 });
  // The same shop chosen as itself (by the command line's --shop, or the page's list) takes it.
  expect(await importPath(conn, orders('b.csv', ['B1']), { shop: '红线店' })).toMatchObject({ rowsNew: 1 });
});

it("an archive's files for a new shop all go into the shop its first file makes", async () => {
  const zip = path.join(dir, 'orders.zip');
  fs.writeFileSync(
    zip,
    storedZip([
      { name: Buffer.from('a.csv'), data: fs.readFileSync(orders('a.csv', ['A1', 'A2'])) },
      { name: Buffer.from('b.csv'), data: fs.readFileSync(orders('b.csv', ['B1'])) },
    ]),
  );
  const r = await importFiles(conn, fileInput(zip), { shop: '新店', newShop: true });
  expect(r.summaries.map((s) => [s.outcome, s.rowsNew])).toEqual([
    ['imported', 2],
    ['imported', 1],
  ]);
  expect(combinedSummary(r)).toMatchObject({ outcome: 'imported', rowsNew: 3 });
  expect(conn.raw.prepare('select name from shops').all()).toEqual([{ name: '新店' }]);
});
