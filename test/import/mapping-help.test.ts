/**
 * The preview of a file whose header Redline does not know carries what the page maps it with; the
 * preview with the merchant's mapping reads the rows and days as the import will; the mapping comes
 * in through one schema.
 */
import { describe, expect, test } from 'vitest';
import { headerKey } from '@/lib/import/mapping';
import { previewFile } from '@/lib/import/preview';
import { mappingParam } from '@/lib/input/mapping';
import { csvText } from '../helpers/files';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf-8'));
const HEADER = ['单号', '付款日期', '实收(元)', '商品', '状态'];
const rows = [
  ['K1', '2024-03-01 10:00:00', '9.90', '袜子', '已发货'],
  ['K2', '2024-03-01 11:00:00', '19.90', '手套', '已签收'],
  ['K3', '2024-03-02 09:30:00', '5.00', '袜子', '已发货'],
  ['K4', '2024-03-04 20:00:00', '12.00', '帽子', '已发货'],
];
const file = utf8(csvText([['自定义导出 2024-03'], HEADER, ...rows]));

describe('mapping in the preview', () => {
  test('an unknown header: the columns, an example of each, the suggestion and the status values with counts', async () => {
    const p = await previewFile('自定义.csv', file, { complete: true });
    expect(p.message?.code).toBe('file.unknown_header');
    const help = p.mapping!;
    expect(help.columns).toEqual(HEADER);
    expect(help.examples).toMatchObject({ 单号: 'K1', '实收(元)': '9.90' });
    expect(help.rowsSeen).toBe(4);
    expect(help.kind).toBe('orders');
    expect(help.suggestions.orders.columns).toMatchObject({ orderNo: '单号', paidAt: '付款日期', amount: '实收(元)' });
    // 状态 and 商品 repeat; the order numbers and times do not, so they are no status.
    expect(help.values.状态).toEqual([
      { value: '已发货', count: 3 },
      { value: '已签收', count: 1 },
    ]);
    expect(help.values.单号).toBeUndefined();
  });

  test('with the mapping: the rows and payment days the import will read', async () => {
    const mapping = {
      platform: 'kuaishou' as const,
      kind: 'orders' as const,
      columns: { orderNo: '单号', paidAt: '付款日期', amount: '实收(元)', product: '商品', status: '状态' },
    };
    const p = await previewFile('自定义.csv', file, { complete: true, mapping });
    expect(p).toMatchObject({ ok: true, message: null, platform: 'kuaishou', kind: 'orders', rows: 4 });
    expect([p.dateFrom, p.dateTo]).toEqual(['2024-03-01', '2024-03-04']);
    expect(p.mapping ?? null).toBeNull();
  });

  test('a mapping saved for the chosen shop and this header: the preview reads the file as its import will', async () => {
    const saved = [
      {
        platform: 'taobao' as const,
        kind: 'orders' as const,
        columns: { orderNo: '单号', paidAt: '付款日期' },
        headerKey: headerKey(HEADER),
      },
    ];
    const p = await previewFile('自定义.csv', file, { complete: true, saved });
    expect(p).toMatchObject({ ok: true, platform: 'taobao', kind: 'orders', rows: 4, dateTo: '2024-03-04' });
    // Saved for another header (one column fewer): not this file's.
    const other = [{ ...saved[0], headerKey: headerKey(HEADER.slice(0, 4)) }];
    expect((await previewFile('自定义.csv', file, { complete: true, saved: other })).message?.code).toBe(
      'file.unknown_header',
    );
  });

  test('the mapping parameter: JSON, fields of its kind only', () => {
    const ok = mappingParam.safeParse(
      JSON.stringify({
        platform: 'jd',
        kind: 'afterSales',
        columns: { caseNo: 'a', appliedAt: 'b' },
        interventionValues: ['x'],
      }),
    );
    expect(ok.success).toBe(true);
    expect(
      mappingParam.safeParse(JSON.stringify({ platform: 'jd', kind: 'orders', columns: { caseNo: 'a' } })).success,
    ).toBe(false);
    expect(mappingParam.safeParse('{').success).toBe(false);
    expect(mappingParam.safeParse(JSON.stringify({ platform: 'jd', kind: 'orders', columns: {} })).success).toBe(false);
  });
});
