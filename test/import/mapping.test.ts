/**
 * Column mapping: suggestions from names and values, a mapping applied to a file's header, and
 * mappings saved per shop and header in a real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { columnMappingsOfShop } from '@/lib/db/queries/columnMappingsOfShop';
import { deleteColumnMapping } from '@/lib/db/queries/deleteColumnMapping';
import { saveColumnMapping } from '@/lib/db/queries/saveColumnMapping';
import {
  headerKey,
  matchWithMapping,
  missingFields,
  nameSimilarity,
  parseMapArgs,
  suggestMapping,
  valueCounts,
} from '@/lib/import/mapping';
import { freshDb } from '../helpers/db';
import { tempDir } from '../helpers/files';

const ordersHeader = ['单号', '下单日期', '付款日期', '实收(元)', '商品', '状态', '快递'];
const ordersRows = [
  ['240301-0012345', '2024-03-01 10:00:00', '2024-03-01 10:05:00', '59.90', '羊毛围巾', '已发货', '顺丰'],
  ['240301-0012346', '2024-03-01 11:00:00', '2024-03-01 11:05:00', '19.00', '手套', '已签收', '中通'],
];
const casesHeader = ['维权编号', '原订单', '发起时间', '结束时间', '平台处理', '原因', '金额'];
const casesRows = [
  ['WQ2024030100001', '240301-0012345', '2024/3/2 10:00', '', '平台介入中', '质量问题', '59.90'],
  ['WQ2024030100002', '240301-0012346', '2024/3/3 10:00', '2024/3/5 10:00', '无', '不想要了', '19.00'],
  ['WQ2024030100003', '240301-0012347', '2024/3/4 10:00', '', '平台介入中', '少件', '9.00'],
];

describe('suggestions', () => {
  it('maps an order file from its names and values, pay day on 付款日期 not 下单日期', () => {
    expect(suggestMapping(ordersHeader, ordersRows)).toEqual({
      kind: 'orders',
      platform: null,
      columns: {
        orderNo: '单号',
        createdAt: '下单日期',
        paidAt: '付款日期',
        amount: '实收(元)',
        product: '商品',
        status: '状态',
        courier: '快递',
      },
      missing: [],
    });
  });

  it('recognises an after-sales file and its intervention column by values that say 介入', () => {
    const s = suggestMapping(casesHeader, casesRows);
    expect(s.kind).toBe('afterSales');
    expect(s.columns).toMatchObject({
      caseNo: '维权编号',
      orderNo: '原订单',
      appliedAt: '发起时间',
      completedAt: '结束时间',
      interventionStatus: '平台处理',
      reason: '原因',
      amount: '金额',
    });
    expect(valueCounts(casesRows, 4)).toEqual([
      { value: '平台介入中', count: 2 },
      { value: '无', count: 1 },
    ]);
  });

  it('says what a kind still needs', () => {
    expect(missingFields('orders', { orderNo: 0 })).toEqual(['paidAt']);
    expect(missingFields('afterSales', { orderNo: 0, appliedAt: 1 })).toEqual(['interventionStatus']);
    expect(missingFields('afterSales', { orderNo: 0, appliedAt: 1, status: 2 })).toEqual([]);
  });

  it('scores names: same 1, containment 0.85, else shared character pairs', () => {
    expect(nameSimilarity('订单号', '订单号')).toBe(1);
    expect(nameSimilarity('售后原因', '原因')).toBe(0.85);
    expect(nameSimilarity('维权编号', '售后编号')).toBeCloseTo(2 / 6, 10);
  });
});

describe('applying a mapping', () => {
  const mapping = {
    platform: 'kuaishou' as const,
    kind: 'afterSales' as const,
    columns: { caseNo: '维权编号', orderNo: '原订单', appliedAt: '发起时间', interventionStatus: '平台处理' },
    interventionValues: ['平台介入中'],
  };

  it('finds the header below notice rows and indexes the mapped columns', () => {
    const m = matchWithMapping([['导出说明：仅含近三个月'], casesHeader, ...casesRows], mapping);
    expect(m).toMatchObject({
      rowIndex: 1,
      platform: 'kuaishou',
      kind: 'afterSales',
      columns: { caseNo: 0, orderNo: 1, appliedAt: 2, interventionStatus: 4 },
      interventionValues: ['平台介入中'],
    });
  });

  it('does not apply to a header that lacks a mapped column', () => {
    expect(matchWithMapping([casesHeader.filter((h) => h !== '原订单')], mapping)).toBeNull();
  });

  it('reads --map FIELD=COLUMN and names the fields there are when one is unknown', () => {
    expect(parseMapArgs(['orderNo=单号', 'paidAt= 付款日期 '], 'orders')).toEqual({
      orderNo: '单号',
      paidAt: '付款日期',
    });
    expect(() => parseMapArgs(['caseNo=维权编号'], 'orders')).toThrow(/FIELD one of orderNo, paidAt, createdAt/);
  });

  it('keys a header by its names in order, blanks and stray spaces dropped', () => {
    expect(headerKey([' 单号', '', '付款日期'])).toBe('单号\u001f付款日期');
    expect(headerKey(['付款日期', '单号'])).not.toBe(headerKey(['单号', '付款日期']));
  });
});

describe('saved mappings', () => {
  let conn: Connection;
  beforeAll(async () => {
    conn = await freshDb(tempDir());
    conn.raw.prepare("insert into shops (name, platform, created_at) values ('快店', 'kuaishou', '2024-03-01')").run();
  });
  afterAll(async () => {
    await closeConnection(conn);
  });

  it('saves one mapping per shop and header, replaces it, and removes it', async () => {
    const key = headerKey(casesHeader);
    const base = { platform: 'kuaishou' as const, kind: 'afterSales' as const };
    await saveColumnMapping(conn.db, 1, key, { ...base, columns: { orderNo: '原订单' } }, '2024-03-01T00:00:00Z');
    await saveColumnMapping(
      conn.db,
      1,
      key,
      { ...base, columns: { orderNo: '原订单', appliedAt: '发起时间' }, interventionValues: ['平台介入中'] },
      '2024-03-02T00:00:00Z',
    );
    const saved = await columnMappingsOfShop(conn.db, 1);
    expect(saved).toEqual([
      {
        id: 1,
        headerKey: key,
        createdAt: '2024-03-02T00:00:00Z',
        ...base,
        columns: { orderNo: '原订单', appliedAt: '发起时间' },
        interventionValues: ['平台介入中'],
      },
    ]);
    expect(await deleteColumnMapping(conn.db, 2, 1)).toBe(false);
    expect(await deleteColumnMapping(conn.db, 1, 1)).toBe(true);
    expect(await columnMappingsOfShop(conn.db, 1)).toEqual([]);
  });
});
