'use client';
import {
  Bar,
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

export interface CountPoint {
  date: string;
  /** New intervention orders that day. */
  daily: number | null;
  count30d: number | null;
  /** The 30-day count on days whose window the exports do not wholly cover. */
  partial30d: number | null;
  forecastNone: number | null;
  forecastPace: number | null;
}

/** Daily intervention orders as bars, the 30-day count as a line against its threshold. */
export function CountChart({
  points,
  threshold,
  watch,
  breachSpans,
  partialName,
  partialSpan,
}: {
  partialName: string;
  points: CountPoint[];
  threshold: number | null;
  watch: number | null;
  breachSpans: [string, string][];
  /** The days after the one that leads whose windows are not wholly covered, shaded. */
  partialSpan?: { from: string; to: string; label: string } | null;
}) {
  const { t } = useI18n();
  const values = points
    .flatMap((p) => [p.daily, p.count30d, p.partial30d, p.forecastNone, p.forecastPace])
    .filter((v): v is number => v !== null);
  const top = Math.ceil(Math.max(...values, threshold ?? 0, 1) * 1.15);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 300 }}>
      <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#eaeef2" vertical={false} />
        <XAxis dataKey="date" tickFormatter={shortDay} minTickGap={24} tick={{ fontSize: 12 }} />
        <YAxis domain={[0, top]} allowDecimals={false} width={48} tick={{ fontSize: 12 }} />
        {threshold !== null && watch !== null && (
          <ReferenceArea y1={threshold * watch} y2={threshold} fill="#d4a72c" fillOpacity={0.18} ifOverflow="hidden" />
        )}
        {threshold !== null && (
          <ReferenceArea y1={threshold} y2={top} fill="#cf222e" fillOpacity={0.08} ifOverflow="hidden" />
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
          <ReferenceArea key={a} x1={a} x2={b} fill="#82071e" fillOpacity={0.12} ifOverflow="hidden" />
        ))}
        {threshold !== null && (
          <ReferenceLine
            y={threshold}
            stroke="#cf222e"
            strokeWidth={2}
            label={{
              value: `${t('chart.threshold')} ${threshold}`,
              position: 'insideTopLeft',
              fill: '#cf222e',
              fontSize: 12,
            }}
          />
        )}
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="daily" name={t('chart.dailySeries')} fill="#8c959f" isAnimationActive={false} />
        <Line
          type="monotone"
          dataKey="count30d"
          name={t('chart.countSeries')}
          stroke="#0969da"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
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
        {points.some((p) => p.partial30d !== null) && (
          <Line
            type="monotone"
            dataKey="partial30d"
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
