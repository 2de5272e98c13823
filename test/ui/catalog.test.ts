import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { catalogs } from '@/lib/i18n/catalog';
import { translator } from '@/lib/i18n/translate';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The argument names of an ICU message, nested plurals and selects included. */
function args(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: ReturnType<typeof parse>) => {
    for (const el of els) {
      if ('value' in el && el.type !== TYPE.literal) names.add(String(el.value));
      if ('options' in el) for (const o of Object.values(el.options)) walk(o.value);
      if ('children' in el) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const zh = leaves(catalogs.zh as unknown as Tree);
const en = leaves(catalogs.en as unknown as Tree);

describe('the catalogs', () => {
  test('Chinese and English have the same keys, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    expect(zh.size).toBeGreaterThan(290);
    for (const [k, v] of [...zh, ...en]) expect(v.trim(), k).not.toBe('');
  });

  test('every message parses as ICU and both languages take the same arguments', () => {
    for (const [k, z] of zh) expect(args(en.get(k)!), k).toEqual(args(z));
  });

  test('English names the platforms in English, Chinese in Chinese', () => {
    for (const [k, v] of en) expect(v, k).not.toMatch(/拼多多|淘宝|天猫|京东|抖店|抖音|快手|\bPDD\b/);
    for (const [k, v] of zh) expect(v, k).not.toMatch(/Pinduoduo|Taobao|Tmall|Douyin|Kuaishou/);
    expect(translator('en')('platform.pdd')).toBe('Pinduoduo');
    expect(translator('zh')('platform.douyin')).toBe('抖店');
  });

  test('counts take the plural the language needs', () => {
    expect(translator('en')('common.days', { n: 1 })).toBe('1 day');
    expect(translator('en')('common.days', { n: 2 })).toBe('2 days');
    expect(translator('en')('common.days', { n: 1234 })).toBe('1,234 days');
    expect(translator('zh')('common.days', { n: 1 })).toBe('1 天');
    expect(translator('en')('card.streak', { n: 1 })).toBe('Over today');
    expect(translator('en')('card.streak', { n: 3 })).toBe('Over for 3 days in a row');
    expect(translator('en')('import.errors', { n: 1 })).toBe('1 row error');
    expect(translator('zh')('import.errors', { n: 12 })).toBe('行错误（12）');
    // The headroom card: "1 / more intervention order puts the shop over the line".
    expect(translator('en')('card.headroomValue', { n: 1 })).toBe('1');
    expect(translator('en')('card.headroomHint', { n: 1 })).toBe('more intervention order puts the shop over the line');
    expect(translator('en')('card.headroomHint', { n: 3 })).toBe('more intervention orders put the shop over the line');
  });

  test('arguments are filled in', () => {
    expect(translator('zh')('home.open', { shop: '店' })).toBe('查看 店 的看板');
    expect(translator('en')('home.open', { shop: 'A & B' })).toBe('Open the dashboard of A & B');
  });
});

/** Every argument of a message set to 1: the count most often given the wrong plural. */
const ones = (message: string) => Object.fromEntries(args(message).map((a) => [a, 1]));
const FULL_WIDTH = /[：；，（）。、！？「」]/;

describe('English reads as English', () => {
  test('no message says "1 days" (or any other noun in the plural after 1)', () => {
    const t = translator('en');
    // Counts over a limit are never 1; "1 of 12 columns" is right; unknown_header's argument is a platform's name.
    const never1 = /limit|too_many_columns|header_too_wide|truncated_row|unknown_header/;
    for (const [k, v] of en) {
      if (never1.test(k)) continue;
      expect(t(k as Parameters<typeof t>[0], ones(v)), k).not.toMatch(
        /\b1 (days|orders|rows|files|shops|links|views|interventions|cases|times|hours|minutes|columns)\b/,
      );
    }
  });

  test('English messages use English punctuation, not full-width Chinese marks', () => {
    for (const [k, v] of en) expect(v, k).not.toMatch(FULL_WIDTH);
  });

  test('English messages use straight quotes: a CJK font first in the stack draws ’ “ ” full-width', () => {
    for (const [k, v] of en) expect(v, k).not.toMatch(/[‘’“”]/);
  });

  test('components put no Chinese punctuation around translated text (it belongs in the catalog)', () => {
    const root = path.join(import.meta.dirname, '..', '..', 'app');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf-8' }).filter((f) => /\.tsx?$/.test(f));
    const found = files.flatMap((f) =>
      fs
        .readFileSync(path.join(root, f), 'utf-8')
        .split('\n')
        .map((line, i) => [`app/${f}:${i + 1}`, line] as const)
        .filter(([, line]) => FULL_WIDTH.test(line.replace(/\/\/.*|\/\*.*?\*\/|^\s*\*.*/g, '')))
        .map(([at]) => at),
    );
    expect(found).toEqual([]);
  });
});
