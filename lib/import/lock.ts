/** Imports run one at a time per process: each holds a write transaction across awaits. */
let tail: Promise<unknown> = Promise.resolve();

export function withImportLock<T>(fn: () => Promise<T>): Promise<T> {
  const run = tail.then(fn, fn);
  tail = run.catch(() => undefined);
  return run;
}
