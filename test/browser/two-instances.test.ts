/**
 * Two app servers behind one load balancer, on one PostgreSQL database: an upload received by one
 * is followed, with its progress, through the other (the page's poll may land on either); after
 * it, both serve the same dashboard, with the figures `redline metrics` gives.
 */
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';
import { waitFor } from '../helpers/wait';
import { cliMetrics, cliRate } from './cli';
import { pddExports } from './exports';
import { startServer, type TestServer } from './server';

const pgUp = await postgresAvailable();
const zhInt = (n: number) => new Intl.NumberFormat('zh-CN').format(n);

interface Progress {
  phase: string;
  bytesRead: number;
  totalBytes: number | null;
  rowsRead: number;
}

/** The headline cards as the server renders them. */
async function headline(server: TestServer, shopId: number) {
  const res = await fetch(`${server.url}/shops/${shopId}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const card = (id: string) => html.match(new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`))?.[1] ?? null;
  return { rate: card('card-rate'), count: card('card-count'), orders: card('card-orders') };
}

describe.skipIf(!pgUp)('two app servers on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    database = await freshPostgres();
    // One after the other: the first migrates the new database, the second finds it ready.
    a = await startServer({ databaseUrl: database.url });
    b = await startServer({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  test('an upload on one is followed on the other, and both then show the same figures', async () => {
    const set = await pddExports(a.dir, { lastDay: '2026-06-30', days: 120, seed: 13, ordersPerDay: 120 });
    const [ordersFile, afterSalesFile] = set.files;
    const bytes = fs.readFileSync(ordersFile);
    const job = 'two-instances-job';
    const shop = '双机店';

    // The orders go to server A, the first half now, the rest once B has seen A read some rows.
    const req = http.request(
      `${a.url}/api/import?name=orders.csv&newShop=${encodeURIComponent(shop)}&job=${job}&size=${bytes.length}`,
      { method: 'POST', headers: { 'content-length': String(bytes.length) } },
    );
    const answer = new Promise<string>((resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
    });
    const half = bytes.length >> 1;
    req.write(bytes.subarray(0, half));

    const seen: Progress[] = [];
    const poll = async () => {
      const p = (await (await fetch(`${b.url}/api/import/progress?job=${job}`)).json()) as Progress;
      seen.push(p);
      return p;
    };
    let last = await poll();
    let polling = true;
    const poller = (async () => {
      while (polling && last.phase !== 'done') {
        last = await poll();
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await waitFor(
      () => last.phase === 'reading' && last.rowsRead > 0,
      30_000,
      'server B to see server A reading',
      () => JSON.stringify(seen.slice(-3)),
    );
    // Told while A holds the rest: some rows, no more bytes than A has been sent, the declared size.
    expect(last.bytesRead).toBeGreaterThan(0);
    expect(last.bytesRead).toBeLessThanOrEqual(half);
    expect(last.totalBytes).toBe(bytes.length);
    req.end(bytes.subarray(half));
    const summary = JSON.parse(await answer).summary as { outcome: string; rowsRead: number; shopId: number };
    expect(summary.outcome).toBe('imported');
    expect(summary.rowsRead).toBe(set.rows['拼多多订单.csv']);
    await waitFor(
      () => last.phase === 'done',
      10_000,
      'server B to see the upload done',
      () => JSON.stringify(last),
    );
    polling = false;
    await poller;
    // Done, with every byte and row, as B reads it from the database the moment A has answered.
    expect(last).toEqual({
      phase: 'done',
      bytesRead: bytes.length,
      totalBytes: bytes.length,
      rowsRead: summary.rowsRead,
    });
    const rows = seen.map((p) => p.rowsRead);
    expect(rows).toEqual([...rows].sort((x, y) => x - y));

    // The after-sales export goes to B, into the shop A made.
    const cases = fs.readFileSync(afterSalesFile);
    const viaB = await fetch(`${b.url}/api/import?name=${encodeURIComponent('售后.xlsx')}&shop=${summary.shopId}`, {
      method: 'POST',
      body: new Blob([cases]),
    });
    expect((await viaB.json()).summary).toMatchObject({ outcome: 'imported', shopId: summary.shopId });

    const latest = (await cliMetrics(database.url, shop)).days.at(-1)!;
    expect(latest.interventions30d).toBeGreaterThan(0);
    const expected = {
      rate: cliRate(latest.baseRate30d ?? null),
      count: zhInt(latest.interventions30d),
      orders: zhInt(latest.base30d ?? latest.orders30d),
    };
    expect(await headline(a, summary.shopId)).toEqual(expected);
    expect(await headline(b, summary.shopId)).toEqual(expected);
  });
});
