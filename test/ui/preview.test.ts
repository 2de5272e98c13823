import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { closeConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { previewFile } from '@/lib/import/preview';
import { sampleShop } from '@/lib/sample/model';
import {
  douyinOrdersCsv,
  PDD_AFTER_SALES_HEADER,
  pddAfterSalesCsv,
  pddOrdersCsv,
  taobaoOrdersCsv,
} from '@/lib/sample/writers';
import { freshDb, importPath } from '../helpers/db';
import { tempDir, writeFile } from '../helpers/files';
import { storedZip } from '../helpers/zip';

const shop = sampleShop({ lastDay: '2024-03-31', days: 31, seed: 5, ordersPerDay: 20 });
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf-8'));

describe('previewFile: what the import would detect, nothing stored', () => {
  test('a whole PDD order CSV: platform, kind, encoding, every row and the payment-day range', async () => {
    const p = await previewFile('o.csv', utf8(pddOrdersCsv(shop)), { complete: true });
    expect(p).toMatchObject({
      ok: true,
      format: 'csv',
      encoding: 'UTF-8',
      platform: 'pdd',
      kind: 'orders',
      rows: shop.orders.length,
      rowErrors: 0,
      dateFrom: '2024-03-01',
      dateTo: '2024-03-31',
      complete: true,
    });
  });

  test('a zip archive of exports is said to be one, not refused as a broken workbook', async () => {
    const zip = storedZip([
      { name: Buffer.from('orders.csv'), data: Buffer.from(pddOrdersCsv(shop)) },
      { name: Buffer.from('cases.csv'), data: Buffer.from(pddAfterSalesCsv(shop)) },
    ]);
    const whole = await previewFile('two.zip', new Uint8Array(zip), { complete: true });
    expect(whole).toMatchObject({ ok: true, format: 'zip', message: null, platform: null });
    // Too large to preview whole: by its name.
    const part = await previewFile('two.zip', new Uint8Array(zip.subarray(0, 1000)), { complete: false });
    expect(part).toMatchObject({ ok: true, format: 'zip', message: null });
  });

  test('the first part of a file is cut at a line end and counted as far as it goes', async () => {
    const bytes = utf8(pddOrdersCsv(shop));
    const p = await previewFile('o.csv', bytes.subarray(0, 20_000), { complete: false });
    expect(p.ok).toBe(true);
    expect(p.platform).toBe('pdd');
    expect(p.rows).toBeGreaterThan(10);
    expect(p.rows).toBeLessThan(shop.orders.length);
    expect(p.dateFrom).toBe('2024-03-01');
  });

  test('GBK Taobao orders and BOM Douyin orders are told apart', async () => {
    const tb = await previewFile('t.csv', new Uint8Array(iconv.encode(taobaoOrdersCsv(shop), 'gbk')), {
      complete: true,
    });
    expect(tb).toMatchObject({
      ok: true,
      platform: 'taobao',
      kind: 'orders',
      encoding: 'GBK/GB18030',
      rows: shop.orders.length,
    });
    const dy = await previewFile(
      'd.csv',
      new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(douyinOrdersCsv(shop))])),
      { complete: true },
    );
    expect(dy).toMatchObject({ ok: true, platform: 'douyin', kind: 'orders', encoding: 'UTF-8 (BOM)' });
  });

  test('an xlsx after-sales file with a notice row; part of a workbook says only that it is one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('售后信息');
    ws.addRow(['3个月前的售后单仅支持在页面查看']);
    for (const line of pddAfterSalesCsv(shop).trim().split('\r\n'))
      ws.addRow(line.split(',').map((c) => c.replace(/^\t/, '')));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const p = await previewFile('a.xlsx', bytes, { complete: true });
    expect(p).toMatchObject({
      ok: true,
      format: 'xlsx',
      platform: 'pdd',
      kind: 'afterSales',
      sheet: '售后信息',
      rows: shop.cases.length,
    });
    expect(PDD_AFTER_SALES_HEADER.length).toBeGreaterThan(5);
    const part = await previewFile('a.xlsx', bytes.subarray(0, 100), { complete: false });
    expect(part).toMatchObject({ ok: true, format: 'xlsx', platform: null, kind: null });
  });

  test("a file that is no export gets the import's own message", async () => {
    const p = await previewFile('x.csv', utf8('姓名,电话\r\n张三,1\r\n'), { complete: true });
    expect(p.ok).toBe(false);
    expect(p.message?.code).toBe('file.unknown_header');
    expect(renderMessage(p.message!, 'zh')).toContain('文件「x.csv」');
    const empty = await previewFile('e.csv', new Uint8Array(), { complete: true });
    expect(empty.message?.code).toBe('file.empty');
    // An OLE compound file whose directory names a Workbook stream: Excel 97-2003.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('Workbook', 'utf16le'),
    ]);
    const xls = await previewFile('old.xls', ole, { complete: true });
    expect(xls.message?.code).toBe('file.legacy_xls');
  });

  test('a workbook whose rows leave out trailing empty cells: the preview counts what the import imports', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('售后信息');
    ws.addRow([...PDD_AFTER_SALES_HEADER]);
    // Spreadsheets store no cell after the last filled one: these rows are shorter than the header.
    ws.addRow(['S1', 'O1', '', '', '平台处理中', '', '', '2024-03-05 09:00:00']);
    ws.addRow(['S2', 'O2', '', '', '退款成功', '', '', '2024-03-06 09:00:00']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const dir = tempDir();
    const conn = await freshDb(dir);
    const imported = await importPath(conn, writeFile(dir, 'short.xlsx', bytes), { shop: 'P' });
    await closeConnection(conn);
    const preview = await previewFile('short.xlsx', bytes, { complete: true });
    expect(imported).toMatchObject({ outcome: 'imported', rowsRead: 2, rowsSkipped: 0 });
    expect(preview).toMatchObject({
      ok: true,
      kind: 'afterSales',
      rows: 2,
      rowErrors: 0,
      dateFrom: '2024-03-05',
      dateTo: '2024-03-06',
    });
  });
});
