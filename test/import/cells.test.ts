import { describe, expect, it } from 'vitest';
import { cleanCell, MONEY_INVALID, parseMoneyCents } from '@/lib/import/cells';
import { addDays, chinaToday, parseChinaDateTime } from '@/lib/time/china';

describe('China wall-clock dates', () => {
  it.each([
    ['2024-01-01 12:00:00', '2024-01-01 12:00:00'],
    ['2024/1/1 12:00', '2024-01-01 12:00:00'],
    ['2024/1/1 0:00', '2024-01-01 00:00:00'],
    ['2024.01.31 23:59:59', '2024-01-31 23:59:59'],
    ['2024-02-29', '2024-02-29 00:00:00'],
    ['2024年3月5日 08:05', '2024-03-05 08:05:00'],
    ['2024-03-05T08:05:06.123', '2024-03-05 08:05:06'],
  ])('%s', (text, expected) => expect(parseChinaDateTime(text)).toBe(expected));

  it.each(['2023-02-29 10:00:00', '2024-13-01', '2024-01-32', '2024-01-01 24:00:00', '昨天', '45292.5', ''])(
    'rejects %s',
    (text) => expect(parseChinaDateTime(text)).toBeNull(),
  );

  it('puts 16:10 UTC on the next China day, whatever the process TZ', () => {
    expect(chinaToday(new Date('2024-03-01T16:10:00Z'))).toBe('2024-03-02');
    expect(chinaToday(new Date('2024-03-01T15:50:00Z'))).toBe('2024-03-01');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-03-01', -30)).toBe('2024-01-31');
  });
});

describe('cells', () => {
  it.each([
    ['\t6917926768823643751', '6917926768823643751'],
    ["'240301-001", '240301-001'],
    ['="123456"', '123456'],
    ['-', ''],
    ['null', ''],
    ["'null", ''],
    ['NULL', ''],
    ['\tnull', ''],
    ['无退款申请', ''],
    ['nullable', 'nullable'],
    ['  订单号 ', '订单号'],
  ])('cleans %j', (raw, expected) => expect(cleanCell(raw)).toBe(expected));

  it.each([
    ['¥1,234.50', 123450],
    ['￥1,234.5', 123450],
    ['(5.00)', -500],
    ['-3.2', -320],
    ['0.005', 1],
    ['12', 1200],
    ['', null],
    ['-', null],
  ])('money %j', (text, cents) => expect(parseMoneyCents(text)).toBe(cents));

  it('says when money is not money', () => expect(parseMoneyCents('十块')).toBe(MONEY_INVALID));
});
