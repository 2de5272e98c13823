/**
 * A 30-day trend as a small inline SVG: light enough to draw one per shop on the home page,
 * rendered on the server. The threshold, when there is one, is the dashed red line.
 */
export function Sparkline({
  values,
  threshold,
  label,
  width = 120,
  height = 32,
}: {
  values: (number | null)[];
  threshold: number | null;
  label: string;
  width?: number;
  height?: number;
}) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2)
    return <svg width={width} height={height} role="img" aria-label={label} className="sparkline" />;
  const max = Math.max(...known, threshold ?? 0) * 1.1 || 1;
  const x = (i: number) => (i / (values.length - 1)) * (width - 2) + 1;
  const y = (v: number) => height - 1 - (v / max) * (height - 2);
  let d = '';
  values.forEach((v, i) => {
    if (v === null) return;
    d += `${d && values[i - 1] !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="sparkline"
    >
      {threshold !== null && <line x1={0} x2={width} y1={y(threshold)} y2={y(threshold)} className="spark-threshold" />}
      <path d={d} className="spark-line" />
    </svg>
  );
}
