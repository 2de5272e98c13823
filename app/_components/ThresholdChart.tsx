'use client';
import type { ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '@/lib/i18n/client';
import { shortDay } from '@/lib/i18n/format';
import { PRINT_CHART_WIDTH, usePrinting } from './usePrinting';

/** The one look of Redline's charts: colours, and how every line is drawn. */
export const CHART = {
  series: '#0969da',
  forecastNone: '#1a7f37',
  forecastPace: '#bc4c00',
  partial: '#8c959f',
  watch: '#d4a72c',
  over: '#cf222e',
  breach: '#82071e',
  grid: '#eaeef2',
  margin: { top: 8, right: 16, bottom: 0, left: 0 },
  line: { type: 'monotone', strokeWidth: 2, dot: false, isAnimationActive: false },
} as const;

/** What every 30-day chart carries besides its own series: the forecast, one day at a time. */
export interface ForecastPoint {
  date: string;
  forecastNone: number | null;
  forecastPace: number | null;
}

/** The rule's lines and the days to shade, the same for the rate and the count. */
export interface ThresholdBands {
  threshold: number | null;
  watch: number | null;
  breachSpans: [string, string][];
  /** The days after the one that leads whose windows are not wholly covered, shaded. */
  partialSpan?: { from: string; to: string; label: string } | null;
  partialName: string;
}

/**
 * A 30-day figure against its rule: the watch and over bands, penalty days and uncovered days
 * shaded, the threshold line, the two forecasts dashed and the uncovered days' figure dotted.
 * The chart itself gives its own series (`series`), the key of its uncovered-days figure, its
 * axis top and how its values read.
 */
export function ThresholdChart<P extends ForecastPoint>({
  points,
  scale,
  format,
  axis,
  series,
  partialKey,
  threshold,
  watch,
  breachSpans,
  partialSpan,
  partialName,
}: ThresholdBands & {
  points: P[];
  /** The value axis: its top and its round ticks (niceAxis). */
  scale: { top: number; ticks: number[] };
  format: (v: number) => string;
  axis: { width: number; allowDecimals: boolean };
  series: ReactNode;
  partialKey: keyof P & string;
}) {
  const { t } = useI18n();
  const printing = usePrinting();
  return (
    <ResponsiveContainer
      width={printing ? PRINT_CHART_WIDTH : '100%'}
      height="100%"
      initialDimension={{ width: 800, height: 300 }}
    >
      <ComposedChart data={points} margin={CHART.margin}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="date" tickFormatter={shortDay} minTickGap={24} tick={{ fontSize: 12 }} />
        <YAxis
          domain={[0, scale.top]}
          ticks={scale.ticks}
          tickFormatter={format}
          width={axis.width}
          tick={{ fontSize: 12 }}
          allowDecimals={axis.allowDecimals}
        />
        {threshold !== null && watch !== null && (
          <ReferenceArea
            y1={threshold * watch}
            y2={threshold}
            fill={CHART.watch}
            fillOpacity={0.18}
            ifOverflow="hidden"
            name={t('chart.watch')}
          />
        )}
        {threshold !== null && (
          <ReferenceArea
            y1={threshold}
            y2={scale.top}
            fill={CHART.over}
            fillOpacity={0.08}
            ifOverflow="hidden"
            name={t('chart.overZone')}
          />
        )}
        {partialSpan && (
          <ReferenceArea
            x1={partialSpan.from}
            x2={partialSpan.to}
            fill={CHART.partial}
            fillOpacity={0.12}
            ifOverflow="hidden"
            label={{ value: partialSpan.label, position: 'insideTop', fill: '#57606a', fontSize: 11 }}
          />
        )}
        {breachSpans.map(([a, b]) => (
          <ReferenceArea
            key={a}
            x1={a}
            x2={b}
            fill={CHART.breach}
            fillOpacity={0.12}
            ifOverflow="hidden"
            name={t('chart.breach')}
          />
        ))}
        {threshold !== null && (
          <ReferenceLine
            y={threshold}
            stroke={CHART.over}
            strokeWidth={2}
            label={{
              value: `${t('chart.threshold')} ${format(threshold)}`,
              position: 'insideTopLeft',
              fill: CHART.over,
              fontSize: 12,
            }}
          />
        )}
        <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} labelFormatter={(l) => String(l)} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series}
        {/* No forecast without a complete day: then neither line is drawn nor listed in the legend. */}
        {points.some((p) => p.forecastNone !== null || p.forecastPace !== null) && (
          <>
            <Line
              {...CHART.line}
              dataKey="forecastNone"
              name={t('chart.forecastNone')}
              stroke={CHART.forecastNone}
              strokeDasharray="6 4"
            />
            <Line
              {...CHART.line}
              dataKey="forecastPace"
              name={t('chart.forecastPace')}
              stroke={CHART.forecastPace}
              strokeDasharray="6 4"
            />
          </>
        )}
        {points.some((p) => p[partialKey] !== null) && (
          <Line
            {...CHART.line}
            dataKey={partialKey}
            name={partialName}
            stroke={CHART.partial}
            strokeWidth={3}
            strokeDasharray="2 3"
            connectNulls={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
