/**
 * Kuaishou's (快手) order export from domain.md, through the real pipeline into a real SQLite file:
 * its own order-number header is recognised.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connection';
import { closeConnection } from '@/lib/db/connection';
import { freshDb, importPath } from '../../helpers/db';
import { KUAISHOU_ORDER_HEADER, row } from '../../helpers/exports';
import { csvText, tempDir, writeFile } from '../../helpers/files';

let dir: string;
let conn: Connection;
beforeEach(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
});
afterEach(async () => {
  await closeConnection(conn);
});

describe('Kuaishou', () => {
  it('recognises 快手订单编号', async () => {
    const text = csvText([
      KUAISHOU_ORDER_HEADER,
      row(KUAISHOU_ORDER_HEADER, {
        快手订单编号: 'K1',
        支付时间: '2024-08-01 12:00:00',
        订单状态: '交易成功',
        实付款: '12.00',
      }),
    ]);
    const s = await importPath(conn, writeFile(dir, 'ks.csv', text));
    expect(s).toMatchObject({
      outcome: 'imported',
      platform: 'kuaishou',
      kind: 'orders',
      shop: '快手小店',
      rowsNew: 1,
    });
  });
});
