'use client';
import { Line } from 'recharts';
import { useI18n } from '@/lib/i18n/client';
import { formatRate } from '@/lib/i18n/format';
import { niceAxis } from './niceAxis';
import { CHART, type ForecastPoint, type ThresholdBands, ThresholdChart } from './ThresholdChart';

export interface RatePoint extends ForecastPoint {
  /** Fractions (0.0427 for 4.27%): axis and tooltip format them with the one rate formatter. */
  rate: number | null;
  /** Days whose window the exports do not wholly cover: figures shown, no verdict. */
  partial: number | null;
}

/** The 30-day rate with the threshold, the watch and over bands, penalty days shaded and the forecast dashed. */
export function RateChart({
  points,
  seriesName,
  ...bands
}: ThresholdBands & { seriesName: string; points: RatePoint[] }) {
  const { lang } = useI18n();
  const values = points
    .flatMap((p) => [p.rate, p.partial, p.forecastNone, p.forecastPace])
    .filter((v): v is number => v !== null);
  // Room above the highest figure and the line; round ticks (0%, 1%, 2%… or 0%, 2.5%, 5%…).
  const axis = niceAxis(Math.max(...values, bands.threshold ?? 0, 0.005) * 1.15);
  return (
    <ThresholdChart
      {...bands}
      points={points}
      scale={axis}
      format={(v) => formatRate(v, lang)}
      axis={{ width: 60, allowDecimals: true }}
      partialKey="partial"
      series={<Line {...CHART.line} dataKey="rate" name={seriesName} stroke={CHART.series} connectNulls={false} />}
    />
  );
}
