'use client';
import { Bar, Line } from 'recharts';
import { useI18n } from '@/lib/i18n/client';
import { niceAxis } from './niceAxis';
import { CHART, type ForecastPoint, type ThresholdBands, ThresholdChart } from './ThresholdChart';

export interface CountPoint extends ForecastPoint {
  /** New intervention orders that day. */
  daily: number | null;
  count30d: number | null;
  /** The 30-day count on days whose window the exports do not wholly cover. */
  partial30d: number | null;
}

/** Daily intervention orders as bars, the 30-day count as a line against its threshold. */
export function CountChart({ points, ...bands }: ThresholdBands & { points: CountPoint[] }) {
  const { t } = useI18n();
  const values = points
    .flatMap((p) => [p.daily, p.count30d, p.partial30d, p.forecastNone, p.forecastPace])
    .filter((v): v is number => v !== null);
  // Whole orders, round steps (0, 5, 10… or 0, 20, 40…), room above the highest figure.
  const axis = niceAxis(Math.max(...values, bands.threshold ?? 0, 1) * 1.15, { whole: true });
  return (
    <ThresholdChart
      {...bands}
      points={points}
      scale={axis}
      format={String}
      axis={{ width: 48, allowDecimals: false }}
      partialKey="partial30d"
      series={
        <>
          <Bar dataKey="daily" name={t('chart.dailySeries')} fill={CHART.partial} isAnimationActive={false} />
          <Line {...CHART.line} dataKey="count30d" name={t('chart.countSeries')} stroke={CHART.series} />
        </>
      }
    />
  );
}
