import fs from 'node:fs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for a condition, checked every 20 ms; fails with `context()` after `ms`. */
export async function waitFor(
  check: () => boolean,
  ms: number,
  what: string,
  context: () => string = () => '',
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}:\n${context()}`);
    await sleep(20);
  }
}

export function waitForFile(file: string, ms: number, context?: () => string): Promise<void> {
  return waitFor(() => fs.existsSync(file), ms, file, context);
}
