/** Records as columns, for the hop between the reading worker and the writing thread. */
export interface Columns {
  keys: string[];
  values: unknown[][];
}

export function toColumns(records: readonly Record<string, unknown>[]): Columns {
  if (!records.length) return { keys: [], values: [] };
  const keys = Object.keys(records[0]);
  return { keys, values: keys.map((k) => records.map((r) => r[k])) };
}

export function fromColumns<T>({ keys, values }: Columns): T[] {
  const n = values[0]?.length ?? 0;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) {
    const r: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) r[keys[k]] = values[k][i];
    out[i] = r as T;
  }
  return out;
}
