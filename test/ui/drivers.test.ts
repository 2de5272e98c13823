/** "What drives it" says what it knows: all, the least there is, or nothing. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { DriversSection } from '@/app/_components/DriversSection';
import { emptyDrivers } from '@/lib/report/drivers';

const window = { from: '2024-01-17', to: '2024-02-15' };
const render = (known: boolean, partial: boolean, lang: 'zh' | 'en') =>
  renderToStaticMarkup(
    createElement(DriversSection, { drivers: { ...emptyDrivers(), window, known, partial, total: 2 }, lang }),
  );

it('a window the after-sales export covers in part: at least so many, in either language', () => {
  expect(render(true, true, 'zh')).toContain(
    '窗口 2024-01-17 至 2024-02-15：售后导出只覆盖了其中一部分，至少 2 笔介入订单（其余日子无法得知）。',
  );
  expect(render(true, true, 'en')).toContain(
    'Window 2024-01-17 to 2024-02-15: the after-sales export covers only part of it, so at least 2 intervention orders (the other days are not known).',
  );
  expect(render(true, false, 'zh')).toContain('窗口 2024-01-17 至 2024-02-15，共 2 笔介入订单');
  expect(render(false, false, 'zh')).toContain('无法得知：2024-01-17 至 2024-02-15 没有一天有售后导出');
});
