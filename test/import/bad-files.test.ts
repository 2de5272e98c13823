/**
 * Bad input gets a message that names the file (and line and column where there is one), and
 * nothing already stored changes.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { runCli } from '../helpers/cli';
import { freshDb, importPath, snapshot } from '../helpers/db';
import { PDD_ORDER_HEADER, row, TAOBAO_ORDER_HEADER } from '../helpers/exports';
import { csvText, gbk, tempDir, writeFile } from '../helpers/files';

let dir: string;
let conn: Connection;
let before: string;

beforeAll(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
  const good = csvText([
    PDD_ORDER_HEADER,
    row(PDD_ORDER_HEADER, { 订单号: 'G1', 订单成交时间: '2024-03-01 10:00:00', 订单状态: '已签收' }),
  ]);
  expect((await importPath(conn, writeFile(dir, 'good.csv', good), { shop: '店' })).outcome).toBe('imported');
  before = snapshot(conn);
});
afterAll(async () => {
  await closeConnection(conn);
});

async function rejected(file: string, shop = '店') {
  const s = await importPath(conn, file, { shop });
  expect(s.outcome).toBe('rejected');
  expect(snapshot(conn)).toBe(before);
  const logged = conn.raw
    .prepare('select outcome, message from imports where file_name = ? order by id desc')
    .get(path.basename(file)) as { outcome: string; message: string };
  expect(logged.outcome).toBe('rejected');
  return s;
}

const taobaoText = () =>
  csvText([
    TAOBAO_ORDER_HEADER,
    row(TAOBAO_ORDER_HEADER, { 订单编号: 'T1', 订单付款时间: '2024-03-01 10:00:00', 宝贝标题: '羊毛围巾' }),
    row(TAOBAO_ORDER_HEADER, { 订单编号: 'T2', 订单付款时间: '2024-03-02 10:00:00', 宝贝标题: '羊毛围巾' }),
  ]);

describe('rejected files', () => {
  it('random bytes named .csv', async () => {
    const s = await rejected(writeFile(dir, 'random.csv', crypto.randomBytes(4096)));
    expect(s.message!.code).toBe('file.not_csv_or_xlsx');
    expect(renderMessage(s.message!, 'zh')).toContain('random.csv');
    expect(renderMessage(s.message!, 'en')).toContain('"random.csv" is not a CSV or xlsx');
  });

  it('an empty file', async () => {
    const s = await rejected(writeFile(dir, 'empty.csv', ''));
    expect(s.message).toEqual({ code: 'file.empty', params: { file: 'empty.csv' } });
    expect(renderMessage(s.message!, 'en')).toBe('File "empty.csv" is empty: there is nothing to import.');
    expect(renderMessage(s.message!, 'zh')).toBe('文件「empty.csv」是空的，没有可导入的内容。');
  });

  it('a header that matches no platform, naming the columns found and how to map them', async () => {
    const s = await rejected(
      writeFile(
        dir,
        'contacts.csv',
        csvText([
          ['姓名', '电话', '地址'],
          ['张三', '138', '杭州'],
        ]),
      ),
    );
    expect(s.message!.code).toBe('file.unknown_header');
    expect(renderMessage(s.message!, 'en')).toContain('"contacts.csv"');
    expect(renderMessage(s.message!, 'en')).toContain('The 3 columns found: 姓名, 电话, 地址.');
    expect(renderMessage(s.message!, 'zh')).toContain('找到的 3 列：姓名、电话、地址。');
    expect(renderMessage(s.message!, 'zh')).toContain('找到的 3 列：姓名、电话、地址。');
    expect(renderMessage(s.message!, 'zh')).toContain('--map 字段=列名');
  });

  it('a file cut off in the middle of a row', async () => {
    const text = taobaoText();
    const cut = text.slice(0, text.lastIndexOf('2024-03-02'));
    const s = await rejected(writeFile(dir, 'cut-row.csv', cut), '淘宝店');
    expect(s.message!.code).toBe('file.truncated_row');
    expect(renderMessage(s.message!, 'en')).toMatch(/"cut-row.csv" ends in the middle of line 3 \(19 of 28 columns\)/);
  });

  it('a GBK file cut off in the middle of a character', async () => {
    const bytes = gbk(`${taobaoText()}T3,羊毛围巾`);
    const s = await rejected(writeFile(dir, 'cut-char.csv', bytes.subarray(0, bytes.length - 1)), '淘宝店');
    expect(s.message!.code).toBe('file.truncated_character');
    expect(renderMessage(s.message!, 'en')).toContain(
      '"cut-char.csv" ends in the middle of a GBK/GB18030 character on line 4',
    );
  });

  it('a file in the wrong shop', async () => {
    const s = await rejected(writeFile(dir, 'taobao.csv', taobaoText()));
    expect(s.message!.code).toBe('file.platform_mismatch');
  });

  it('exits non-zero on the command line, with the message', async () => {
    const r = await runCli(['import', '--lang', 'en', '--shop', '店', path.join(dir, 'empty.csv')], {
      DATABASE_URL: conn.file,
    });
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe('✗ empty.csv: File "empty.csv" is empty: there is nothing to import.');
    expect(r.stderr).toBe('');
    expect(snapshot(conn)).toBe(before);
  });
});

describe('broken rows', () => {
  it('are reported by line and column, and the rest imported', async () => {
    const text = csvText([
      PDD_ORDER_HEADER,
      row(PDD_ORDER_HEADER, { 订单号: 'B1', 订单成交时间: '2024-03-05 10:00:00' }),
      row(PDD_ORDER_HEADER, { 订单号: 'B2', 订单成交时间: '昨天下午' }),
      row(PDD_ORDER_HEADER, { 订单号: '', 订单成交时间: '2024-03-05 10:00:00' }),
      ['B4', '2024-03-05'],
      row(PDD_ORDER_HEADER, { 订单号: 'B5', 订单成交时间: '2024-03-05 11:00:00', '用户实付金额(元)': '十块' }),
    ]);
    const s = await importPath(conn, writeFile(dir, 'broken-rows.csv', text), { shop: '店' });
    expect(s).toMatchObject({ outcome: 'imported', rowsRead: 5, rowsNew: 2, rowsSkipped: 3, errorCount: 4 });
    expect(s.errors.map((e) => [e.line, e.column, e.message.code])).toEqual([
      [3, '订单成交时间', 'row.bad_date'],
      [4, '订单号', 'row.missing'],
      [5, '订单状态', 'row.too_few_columns'],
      [6, '用户实付金额(元)', 'row.bad_money'],
    ]);
    expect(renderMessage(s.errors[0].message, 'en')).toBe(
      'column "订单成交时间": "昨天下午" is not a date and time (expected like 2024-01-01 12:00:00).',
    );
    expect(
      conn.raw.prepare("select order_no, amount_cents from orders where order_no like 'B%' order by order_no").all(),
    ).toEqual([
      { order_no: 'B1', amount_cents: null },
      { order_no: 'B5', amount_cents: null },
    ]);
  });
});
