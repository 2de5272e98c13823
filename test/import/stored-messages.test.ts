/**
 * What the import tells a merchant is stored as a code and parameters and rendered in the reader's
 * language when shown (import history, the row-error CSV, the command line). Rows stored before
 * that, with the text in both languages, still show their text.
 */
import { describe, expect, it } from 'vitest';
import { listImportErrors } from '@/lib/db/queries/listImportErrors';
import { listImportsOfShop } from '@/lib/db/queries/listImportsOfShop';
import { findShopByName } from '@/lib/db/queries/shops';
import { renderMessage, storedMessage } from '@/lib/i18n/importMessages';
import { freshDb, importPath } from '../helpers/db';
import { JD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';

describe('stored import messages', () => {
  it('keep the code and parameters of a row error and of a refusal, and render in either language', async () => {
    const dir = tempDir();
    const conn = await freshDb(dir);
    const o = (no: string, paid: string) =>
      row(PDD_ORDER_HEADER, { 订单号: no, 订单成交时间: paid, 订单状态: '已签收' });
    const file = writeFile(
      dir,
      'orders.csv',
      csvText([PDD_ORDER_HEADER, o('O1', '2024-03-12 10:00:00'), o('O2', 'yesterday'), o('O3', '2024-03-13 09:00:00')]),
    );
    const s = await importPath(conn, file, { shop: '消息店', platform: 'pdd' });
    expect([s.outcome, s.rowsNew, s.errorCount]).toEqual(['imported', 2, 1]);

    const [stored] = await listImportErrors(conn.db, s.importId!);
    expect([stored.line, stored.code, stored.message_zh]).toEqual([3, 'row.bad_date', '']);
    const params = JSON.parse(stored.params!);
    expect(params).toEqual({ column: '订单成交时间', value: 'yesterday' });
    const m = storedMessage(stored.code, stored.params, stored.message_zh, stored.message_en)!;
    expect(renderMessage(m, 'en')).toBe(
      'column "订单成交时间": "yesterday" is not a date and time (expected like 2024-01-01 12:00:00).',
    );
    expect(renderMessage(m, 'zh')).toBe(
      '「订单成交时间」列的值「yesterday」不是日期时间（应为 2024-01-01 12:00:00 这样的格式）。',
    );

    // A refused file: a JD export sent to this Pinduoduo shop.
    const other = writeFile(
      dir,
      'jd.csv',
      csvText([
        JD_AFTER_SALES_HEADER,
        row(JD_AFTER_SALES_HEADER, {
          服务单号: 'S1',
          订单号: 'J1',
          申请时间: '2024-03-12 10:00:00',
          是否京东介入: '是',
        }),
      ]),
    );
    const r = await importPath(conn, other, { shop: '消息店' });
    expect(r.outcome).toBe('rejected');
    const shop = (await findShopByName(conn.db, '消息店'))!;
    const history = await listImportsOfShop(conn.db, shop.id);
    const refused = history.find((h) => h.outcome === 'rejected')!;
    expect([refused.message, refused.message_code]).toEqual([null, 'file.platform_mismatch']);
    expect(JSON.parse(refused.message_params!)).toEqual({
      file: 'jd.csv',
      shop: '消息店',
      shopPlatform: 'pdd',
      filePlatform: 'jd',
    });
    const rm = storedMessage(refused.message_code, refused.message_params, null, null)!;
    expect(renderMessage(rm, 'en')).toBe(
      'File "jd.csv" is a JD export, but shop "消息店" is a Pinduoduo shop. Choose the right shop.',
    );
    expect(renderMessage(rm, 'zh')).toBe(
      '文件「jd.csv」是京东的导出，但店铺「消息店」是拼多多店铺。请选择正确的店铺。',
    );
  });

  it('show an older row, stored as text in both languages, as it was written', () => {
    const m = storedMessage('row.bad_date', null, '旧的中文说明', 'the old English text')!;
    expect(renderMessage(m, 'zh')).toBe('旧的中文说明');
    expect(renderMessage(m, 'en')).toBe('the old English text');
    expect(storedMessage(null, null, null, null)).toBeNull();
  });

  it('name the platforms in the reader language', () => {
    const m = {
      code: 'file.platform_mismatch',
      params: { file: 'a.csv', shop: 'S', shopPlatform: 'pdd', filePlatform: 'jd' },
    };
    expect(renderMessage(m, 'en')).toBe(
      'File "a.csv" is a JD export, but shop "S" is a Pinduoduo shop. Choose the right shop.',
    );
    expect(renderMessage(m, 'zh')).toBe('文件「a.csv」是京东的导出，但店铺「S」是拼多多店铺。请选择正确的店铺。');
  });
});
