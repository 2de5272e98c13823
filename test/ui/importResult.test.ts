/** The line an imported file's card leads with: shop, platform, kind, encoding, dates; each said once. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { ImportResult } from '@/app/_components/ImportResult';
import { I18nProvider } from '@/lib/i18n/client';
import { emptySummary } from '@/lib/import/summary';

const lead = (shop: string, lang: 'zh' | 'en') => {
  const summary = {
    ...emptySummary('orders.csv'),
    outcome: 'imported' as const,
    shop,
    platform: 'taobao' as const,
    kind: 'orders' as const,
    encoding: 'UTF-8',
    rowsRead: 3,
    rowsNew: 3,
    dateFrom: '2020-02-01',
    dateTo: '2020-03-01',
  };
  const html = renderToStaticMarkup(
    createElement(
      I18nProvider,
      { lang } as Parameters<typeof I18nProvider>[0],
      createElement(ImportResult, { summary, failure: null }),
    ),
  );
  return /<p class="message-ok">(.*?)<\/p>/.exec(html)?.[1].replace(/<!-- -->/g, '');
};

it('names the platform once: not again after a shop named after it', () => {
  expect(lead('淘宝/天猫', 'zh')).toBe('已导入 · 淘宝/天猫 · 订单 · UTF-8 · 2020-02-01 – 2020-03-01');
  expect(lead('旗舰店', 'zh')).toBe('已导入 · 旗舰店 · 淘宝/天猫 · 订单 · UTF-8 · 2020-02-01 – 2020-03-01');
  expect(lead('旗舰店', 'en')).toMatch(/^Imported · 旗舰店 · Taobao\/Tmall · Orders · UTF-8/);
});
