/** Which days a chart cannot show, as runs of days, each kind said apart. */
import { expect, it } from 'vitest';
import { dayRuns, unknownNotice } from '@/app/_components/unknownDays';
import { translator } from '@/lib/i18n/translate';
import type { ReportDay } from '@/lib/report/types';

const day = (date: string, orders30d: number | null, interventions30d: number | null) =>
  ({ date, orders30d, interventions30d }) as ReportDay;
// After-sales missing on 03-01…03-02 and 03-05; orders missing on 03-04 alone.
const days = [
  day('2024-03-01', 10, null),
  day('2024-03-02', 10, null),
  day('2024-03-03', 10, 1),
  day('2024-03-04', null, 1),
  day('2024-03-05', 10, null),
];

it('runs of consecutive days, a lone day as itself', () => {
  expect(dayRuns(days, (d) => d.interventions30d === null)).toEqual(['2024-03-01…2024-03-02', '2024-03-05']);
  expect(dayRuns(days, (d) => d.orders30d === null)).toEqual(['2024-03-04']);
  expect(dayRuns(days, () => false)).toEqual([]);
});

it('the rate chart names both kinds, the count chart only the after-sales one, in either language', () => {
  expect(unknownNotice(days, 'rate', translator('zh'))).toBe(
    '2024-03-01…2024-03-02、2024-03-05：窗口里没有一天有售后导出，介入订单数和介入率无法得知。 2024-03-04：窗口里没有一天有订单导出，订单数和介入率无法得知。',
  );
  expect(unknownNotice(days, 'count', translator('en'))).toBe(
    '2024-03-01…2024-03-02, 2024-03-05: no after-sales export covers any day of these windows, so their intervention orders are not known.',
  );
  expect(unknownNotice([day('2024-03-03', 10, 1)], 'rate', translator('zh'))).toBeNull();
});
