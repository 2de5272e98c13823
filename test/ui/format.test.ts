import { describe, expect, test } from 'vitest';
import { csvCell, csvDocument, FORMULA_START } from '@/app/_lib/csv';
import { parseRange } from '@/app/_lib/range';
import { formatBytes, formatDuration, formatInt, formatRate } from '@/lib/i18n/format';

describe('rates and numbers', () => {
  test('a rate is a percentage with two decimals, rounded once from the exact ratio', () => {
    expect(formatRate(0.0427, 'zh')).toBe('4.27%');
    expect(formatRate(0.0427, 'en')).toBe('4.27%');
    expect(formatRate(0.03, 'zh')).toBe('3.00%');
    expect(formatRate(0, 'en')).toBe('0.00%');
    expect(formatRate(null, 'zh')).toBe('—');
    // 60/1502 = 0.0399467…: 3.99%. Rounding to five decimals first (0.03995) would print 4.00%.
    expect(formatRate(60 / 1502, 'zh')).toBe('3.99%');
    expect(formatRate(60 / 1502, 'en')).toBe('3.99%');
    // 2/17 = 0.1176470…: 11.76%.
    expect(formatRate(2 / 17, 'zh')).toBe('11.76%');
    expect(formatRate(2 / 17, 'en')).toBe('11.76%');
    // 1/8000 = 0.0125%: 0.01%.
    expect(formatRate(1 / 8000, 'zh')).toBe('0.01%');
  });

  test('whole numbers are grouped, sizes in decimal units, durations in words', () => {
    expect(formatInt(1234567, 'zh')).toBe('1,234,567');
    expect(formatInt(1234567, 'en')).toBe('1,234,567');
    expect(formatBytes(1_000_000_000, 'zh')).toBe('1 GB');
    expect(formatBytes(967_100, 'en')).toBe('967.1 KB');
    expect(formatDuration(1500, 'zh')).toBe('1 天 1 小时');
    expect(formatDuration(-75, 'en')).toBe('1 h 15 min');
    expect(formatDuration(30, 'zh')).toBe('30 分钟');
  });
});

describe('CSV downloads', () => {
  test('cells that a spreadsheet would run as a formula are escaped and quoted', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvCell('+86 138')).toBe(`"'+86 138"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell('@cmd')).toBe(`"'@cmd"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell('红线店-2')).toBe('红线店-2');
    expect(csvCell(0.02894)).toBe('0.02894');
    expect(csvCell(null)).toBe('');
  });

  test('the guard knows every character that NFKC turns into a formula start, and no other', () => {
    const starts: string[] = [];
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const start = /^[=+\-@\t\r\n]/.test(c.normalize('NFKC'));
      if (start) starts.push(c);
      if (FORMULA_START.test(`${c}1`) !== start) wrong.push(`U+${cp.toString(16)}`);
    }
    // The seven ASCII ones and fifteen others (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫ ⁺ ⁼ ₊ ₌ ⩵ ⩶ ﬩).
    expect(starts).toHaveLength(22);
    expect(wrong).toEqual([]);
    expect(FORMULA_START.test('\u2260 1')).toBe(false); // ≠ is no formula
  });

  test('a document starts with a BOM and ends lines with CRLF', () => {
    expect(
      csvDocument([
        ['店铺', '日期'],
        ['=店', '2024-01-01'],
      ]),
    ).toBe(`\uFEFF店铺,日期\r\n"'=店",2024-01-01\r\n`);
  });
});

describe('dashboard range', () => {
  test('presets end on the latest day; custom dates win when valid; unusable ones fall back, saying why', () => {
    expect(parseRange({ days: '30' }, '2024-03-31')).toEqual({
      kind: 'preset',
      days: 30,
      from: '2024-03-02',
      to: '2024-03-31',
    });
    expect(parseRange({}, '2024-03-31')).toEqual({ kind: 'preset', days: 90, from: '2024-01-02', to: '2024-03-31' });
    expect(parseRange({ days: '45' }, '2024-03-31')).toMatchObject({ kind: 'preset', days: 90 });
    // A shop whose data does not fill 90 days opens on 30; one that fills them on 90, however old.
    expect(parseRange({}, '2024-03-31', '2024-03-02')).toMatchObject({ days: 30, from: '2024-03-02' });
    expect(parseRange({}, '2024-03-31', '2024-01-03')).toMatchObject({ days: 30 });
    expect(parseRange({}, '2024-03-31', '2024-01-02')).toMatchObject({ days: 90, from: '2024-01-02' });
    expect(parseRange({}, '2024-03-31', '2020-01-01')).toMatchObject({ days: 90 });
    expect(parseRange({ from: '2024-02-01', to: '2024-02-29' }, '2024-03-31')).toEqual({
      kind: 'custom',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    // An inverted range is shown on the form as an error, not silently replaced.
    expect(parseRange({ from: '2024-03-01', to: '2024-02-01' }, '2024-03-31')).toEqual({
      kind: 'preset',
      days: 90,
      from: '2024-01-02',
      to: '2024-03-31',
      rejected: { from: '2024-03-01', to: '2024-02-01', problem: 'order' },
    });
    expect(parseRange({ from: '2010-01-01', to: '2024-02-01' }, '2024-03-31')?.rejected?.problem).toBe('span');
    expect(parseRange({ days: '30' }, '2024-03-31')?.rejected).toBeUndefined();
    // A day that does not exist is not dropped in silence: the form shows it and says why.
    expect(parseRange({ from: '2024-02-30', to: '2024-03-01' }, '2024-03-31')).toMatchObject({
      kind: 'preset',
      rejected: { from: '2024-02-30', to: '2024-03-01', problem: 'date' },
    });
    expect(parseRange({}, null)).toBeNull();
  });
});
