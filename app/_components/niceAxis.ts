/**
 * A value axis that reads at a glance: ticks at a round step (1, 2, 2.5 or 5 times a power of
 * ten), at most `count` of them above zero, and the top the first tick at or over the largest
 * value. Counts step by whole numbers; rates by any round fraction (0.005 is 0.5%).
 *
 *   niceAxis(81, { whole: true }) → { top: 100, ticks: [0, 25, 50, 75, 100] }
 *   niceAxis(0.045)              → { top: 0.05, ticks: [0, 0.01, 0.02, 0.03, 0.04, 0.05] }
 */
const STEPS = [1, 2, 2.5, 5, 10];

export function niceAxis(max: number, { count = 5, whole = false } = {}): { top: number; ticks: number[] } {
  const m = Math.max(max, whole ? 1 : Number.MIN_VALUE);
  const raw = m / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = (STEPS.find((s) => s * power >= raw * (1 - 1e-9)) ?? 10) * power;
  if (whole) step = Math.max(1, Math.ceil(step));
  // Whole steps of a fraction drift (0.1 + 0.2); each tick is rounded to the step's own decimals.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const n = Math.ceil(m / step - 1e-9);
  const ticks = Array.from({ length: n + 1 }, (_, i) => Number((i * step).toFixed(decimals)));
  return { top: ticks[n], ticks };
}
