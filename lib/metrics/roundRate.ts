/**
 * A rate as Redline publishes it: a fraction with five decimals, enough for a percentage with
 * two. The command line, the daily CSV and the pages all round through here, so they always
 * print the same figure.
 */
export function roundRate(rate: number): number;
export function roundRate(rate: number | null): number | null;
export function roundRate(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1e5) / 1e5;
}
