/** The roll-off calendar of a shop with no intervention order in its window: a sentence, not 30 zeros. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { RollOffCalendar } from '@/app/_components/RollOffCalendar';
import { addDays } from '@/lib/time/china';

const month = Array.from({ length: 30 }, (_, i) => ({ date: addDays('2024-04-01', i), leaving: 0 }));

it('says there is nothing to leave, in either language, and draws no calendar', () => {
  const zh = renderToStaticMarkup(createElement(RollOffCalendar, { days: month, judged: true, lang: 'zh' }));
  expect(zh).toContain('窗口内没有介入订单，没有要移出的。');
  expect(zh).not.toContain('calendar-cell');
  const en = renderToStaticMarkup(createElement(RollOffCalendar, { days: month, judged: true, lang: 'en' }));
  expect(en).toContain('No intervention orders in the window: nothing to leave.');
  expect(en).not.toMatch(/>0</);
});

it('says nothing is known to leave when no window is covered by both exports', () => {
  const zh = renderToStaticMarkup(createElement(RollOffCalendar, { days: [], judged: false, lang: 'zh' }));
  expect(zh).toContain('订单和售后导出都覆盖一个完整窗口后才能显示。');
  expect(zh).not.toContain('没有介入订单');
  const en = renderToStaticMarkup(createElement(RollOffCalendar, { days: [], judged: false, lang: 'en' }));
  expect(en).toContain('Shown once the order and after-sales exports both cover a whole window.');
});
