'use client';
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
import { formatRate, shortDay } from '@/lib/i18n/format';

export interface RatePoint {
  date: string;
  /** Fractions (0.0427 for 4.27%): axis and tooltip format them with the one rate formatter. */
  rate: number | null;
  /** Days whose window the exports do not wholly cover: figures shown, no verdict. */
  partial: number | null;
  forecastNone: number | null;
  forecastPace: number | null;
}

/** The 30-day rate with the threshold, the watch and over bands, penalty days shaded and the forecast dashed. */
export function RateChart({
  points,
  threshold,
  watch,
  breachSpans,
  seriesName,
  partialName,
  partialSpan,
}: {
  seriesName: string;
  partialName: string;
  points: RatePoint[];
  threshold: number | null;
  watch: number | null;
  breachSpans: [string, string][];
  /** The days after the one that leads whose windows are not wholly covered, shaded. */
  partialSpan?: { from: string; to: string; label: string } | null;
}) {
  const { lang, t } = useI18n();
  const values = points
    .flatMap((p) => [p.rate, p.partial, p.forecastNone, p.forecastPace])
    .filter((v): v is number => v !== null);
  // A round top (0.5% steps) so the axis reads 0%, 1%, 2%… rather than odd fractions.
  const top = Math.ceil((Math.max(...values, threshold ?? 0, 0.005) * 1.15) / 0.005) * 0.005;
  const pct = (v: number) => formatRate(v, lang);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 300 }}>
      <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#eaeef2" vertical={false} />
        <XAxis dataKey="date" tickFormatter={shortDay} minTickGap={24} tick={{ fontSize: 12 }} />
        <YAxis domain={[0, top]} tickFormatter={pct} width={60} tick={{ fontSize: 12 }} allowDecimals />
        {threshold !== null && watch !== null && (
          <ReferenceArea
            y1={threshold * watch}
            y2={threshold}
            fill="#d4a72c"
            fillOpacity={0.18}
            ifOverflow="hidden"
            name={t('chart.watch')}
          />
        )}
        {threshold !== null && (
          <ReferenceArea
            y1={threshold}
            y2={top}
            fill="#cf222e"
            fillOpacity={0.08}
            ifOverflow="hidden"
            name={t('chart.overZone')}
          />
        )}
        {partialSpan && (
          <ReferenceArea
            x1={partialSpan.from}
            x2={partialSpan.to}
            fill="#8c959f"
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
            fill="#82071e"
            fillOpacity={0.12}
            ifOverflow="hidden"
            name={t('chart.breach')}
          />
        ))}
        {threshold !== null && (
          <ReferenceLine
            y={threshold}
            stroke="#cf222e"
            strokeWidth={2}
            label={{
              value: `${t('chart.threshold')} ${pct(threshold)}`,
              position: 'insideTopLeft',
              fill: '#cf222e',
              fontSize: 12,
            }}
          />
        )}
        <Tooltip formatter={(v) => (typeof v === 'number' ? pct(v) : String(v))} labelFormatter={(l) => String(l)} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line
          type="monotone"
          dataKey="rate"
          name={seriesName}
          stroke="#0969da"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          type="monotone"
          dataKey="forecastNone"
          name={t('chart.forecastNone')}
          stroke="#1a7f37"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="forecastPace"
          name={t('chart.forecastPace')}
          stroke="#bc4c00"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        {points.some((p) => p.partial !== null) && (
          <Line
            type="monotone"
            dataKey="partial"
            name={partialName}
            stroke="#8c959f"
            strokeWidth={3}
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
