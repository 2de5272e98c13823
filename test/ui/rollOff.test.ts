/** The roll-off calendar of a shop with no intervention order in its window: a sentence, not 30 zeros. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { RollOffCalendar } from '@/app/_components/RollOffCalendar';
import { addDays } from '@/lib/time/china';

const month = Array.from({ length: 30 }, (_, i) => ({ date: addDays('2024-04-01', i), leaving: 0 }));

it('says there is nothing to leave, in either language, and draws no calendar', () => {
  const zh = renderToStaticMarkup(createElement(RollOffCalendar, { days: month, lang: 'zh' }));
  expect(zh).toContain('窗口内没有介入订单，没有要移出的。');
  expect(zh).not.toContain('calendar-cell');
  const en = renderToStaticMarkup(createElement(RollOffCalendar, { days: month, lang: 'en' }));
  expect(en).toContain('No intervention orders in the window: nothing to leave.');
  expect(en).not.toMatch(/>0</);
});
