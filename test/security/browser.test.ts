/**
 * Attacks from real Chromium: a page on another origin (another loopback port) posts a form to the
 * upload and fetches it cross-site; a DNS-rebinding page reaches Redline under its own name.
 */
import http from 'node:http';
import BetterSqlite3 from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/browser';
import { freePort, startServer, type TestServer } from '../browser/server';

let server: TestServer;
let browser: Browser;
let attacker: http.Server;
let attackerUrl = '';

/** The attacker's page: a form to the upload, and a script that fetches it and the share list. */
function attackerPage(target: string): string {
  const upload = `${target}/api/import?name=planted.csv&shop=FormPlanted&platform=pdd`;
  return `<!doctype html><meta charset="utf-8"><body>
<form id="f" method="post" enctype="text/plain" action="${upload}"><input name="订单号,订单成交时间,订单状态,用户实付金额(元)&#13;&#10;P1,2024-03-01 10:00:00,已签收,20.00&#13;&#10;x" value="1"></form>
<script>
window.attack = async () => {
  const out = {};
  try {
    const r = await fetch(${JSON.stringify(`${target}/api/import?name=planted.csv&shop=FetchPlanted&platform=pdd`)}, {
      method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' },
      body: '订单号,订单成交时间,订单状态,用户实付金额(元)\\r\\nP2,2024-03-01 10:00:00,已签收,20.00\\r\\n',
    });
    out.fetch = r.type;
  } catch (e) { out.fetch = String(e); }
  return out;
};
</script></body>`;
}

const shops = () => {
  const db = new BetterSqlite3(server.databaseUrl, { readonly: true });
  try {
    return (db.prepare('select name from shops').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  server = await startServer();
  const port = await freePort();
  attacker = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(attackerPage(server.url));
  });
  await new Promise<void>((r) => attacker.listen(port, '127.0.0.1', () => r()));
  attackerUrl = `http://127.0.0.1:${port}/`;
  // rebind.test resolves to this machine, as a DNS-rebinding attacker's name would after its TTL.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP rebind.test 127.0.0.1'],
    headless: true,
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => attacker?.close(r));
  await server?.stop();
});

describe('another site in Chromium (points 1 and 2)', () => {
  test('a cross-origin fetch and a form post to the upload are refused and plant nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(attackerUrl);
    const answers: number[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/import')) answers.push(r.status());
    });
    expect(
      (await page.evaluate(() => (window as unknown as { attack: () => Promise<Record<string, string>> }).attack()))
        .fetch,
    ).toBe('opaque');
    await Promise.all([
      page.waitForURL(/\/api\/import/),
      page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit()),
    ]);
    expect(answers).toContain(403);
    expect(shops()).not.toContain('FetchPlanted');
    expect(shops()).not.toContain('FormPlanted');
    await context.close();
  });

  test('a DNS-rebinding page reaching the server under its own name gets 421 and no data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen: { status: number }[] = [];
    page.on('response', (r) => seen.push({ status: r.status() }));
    for (const path of ['/', '/api/shares?shop=x']) {
      // Chromium reports an error status with an empty body as a failed navigation: the answer is read from the response.
      await page.goto(`http://rebind.test:${server.port}${path}`).catch(() => undefined);
    }
    await expect.poll(() => seen.length).toBe(2);
    // (That the 421 carries no data is checked byte for byte in server.test.ts.)
    expect(seen.map((s) => s.status)).toEqual([421, 421]);
    await context.close();
  });
});
