/**
 * Cell cleaning shared by every platform: exports keep long IDs as text with a leading tab or
 * apostrophe (or ="…"), write "-" for nothing, and format money with currency signs,
 * thousands separators and accounting negatives.
 */

/**
 * What exports write for "nothing": Taobao writes the literal text null (also 'null), refund files
 * write 无退款申请 where no refund was asked for.
 */
const NONE = new Set(['null', 'NULL', 'Null', '(null)', '无退款申请', '暂无', 'N/A', 'n/a', '-', '--', '—']);

/** Trimmed text with ID-protecting prefixes removed; "" for an empty cell or one that says "nothing". */
export function cleanCell(raw: string | undefined | null): string {
  if (raw == null) return '';
  let s = raw;
  // Fast path: most cells need nothing.
  const c0 = s.charCodeAt(0);
  if (c0 === 9 || c0 === 39 || c0 === 32 || c0 === 61 || s.charCodeAt(s.length - 1) === 32 || s.includes('\t')) {
    s = s.trim();
    while (s.startsWith("'") || s.startsWith('\t')) s = s.slice(1).trim();
    if (s.length > 3 && s.startsWith('="') && s.endsWith('"')) s = s.slice(2, -1).trim();
  }
  return s.length <= 6 && NONE.has(s) ? '' : s;
}

export const MONEY_INVALID = Symbol('money-invalid');

/** Money text into integer cents; null for none; MONEY_INVALID when it is not money. */
export function parseMoneyCents(text: string): number | null | typeof MONEY_INVALID {
  const plain = plainCents(text);
  if (plain !== null) return plain;
  let s = text.replace(/[¥￥,，\s元]|RMB|CNY/g, '');
  if (s === '' || s === '-') return null;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  } else if (s.startsWith('（') && s.endsWith('）')) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return MONEY_INVALID;
  const frac = (m[2] ?? '').padEnd(3, '0');
  // Round half away from zero on the third decimal.
  let cents = Number(m[1] || '0') * 100 + Number(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) cents += 1;
  if (!Number.isSafeInteger(cents)) return MONEY_INVALID;
  return negative ? -cents : cents;
}

/**
 * Most money cells are plain "123.45": read digit by digit, no regex. Anything else (signs,
 * separators, a third decimal) is left to the full parser.
 */
function plainCents(text: string): number | null {
  const n = text.length;
  if (n === 0 || n > 15) return null;
  let units = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    units = units * 10 + c;
  }
  if (i === 0) return null;
  if (i === n) return units * 100;
  if (text.charCodeAt(i) !== 46 || n - i - 1 > 2 || n - i - 1 === 0) return null;
  let cents = 0;
  for (let k = i + 1; k < n; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return null;
    cents = cents * 10 + c;
  }
  return units * 100 + (n - i - 1 === 1 ? cents * 10 : cents);
}

const YES = new Set(['是', 'Y', 'y', 'YES', 'Yes', 'yes', '1', 'true', 'TRUE', 'True', '已介入', '介入']);

export function isYes(text: string): boolean {
  return YES.has(text);
}

/** Header cell into the name it is matched on: trimmed, BOM and ID prefixes removed, inner spaces kept. */
export function cleanHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/^[\s'"]+|[\s'"]+$/g, '')
    .replace(/\s+/g, ' ');
}
