/**
 * An upload runs in the server's import threads on a connection of its own: what other requests
 * write meanwhile is theirs, and stays when the upload is then rolled back; pages answer while it
 * reads; and a hostile workbook ends its own thread, never the server.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LIMITS } from '@/lib/import/limits';
import { writePddExport } from '../../bench/pddExport';
import { runCli } from '../helpers/cli';
import { shopIdIn, shopParam } from '../helpers/db';
import { PDD_ORDER_HEADER, row } from '../helpers/exports';
import { waitFor } from '../helpers/wait';
import { writeSharedStringBomb } from '../helpers/zip';
import { startServer, type TestServer } from './server';

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ env: { REDLINE_UPLOAD_IDLE_SECONDS: '3' } });
});
afterAll(async () => {
  await server?.stop();
});

async function upload(name: string, body: Uint8Array, shop: string) {
  const res = await fetch(
    `${server.url}/api/import?name=${encodeURIComponent(name)}&${shopParam(server.databaseUrl, shop)}&size=${body.length}`,
    { method: 'POST', body: new Blob([body as Uint8Array<ArrayBuffer>]) },
  );
  return (await res.json()) as {
    summary: { outcome: string; message: { code: string; en: string } | null; rowsNew: number };
  };
}

const createLink = async (shop: string) => {
  const res = await fetch(`${server.url}/api/shares`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ shopId: shopIdIn(server.databaseUrl, shop), days: 30 }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; url: string };
};

test('a link made and a link revoked during an upload that is then rolled back both stay', async () => {
  const small = path.join(server.dir, 'small.csv');
  await writePddExport(small, 10);
  expect((await upload('small.csv', fs.readFileSync(small), '店')).summary.outcome).toBe('imported');
  const early = await createLink('店');

  const big = path.join(server.dir, 'big.csv');
  await writePddExport(big, 40_000);
  const bytes = fs.readFileSync(big);
  const job = 'isolation-job-1';
  // The body arrives one byte short of the size the page declared: the import must roll back.
  const req = http.request(
    `${server.url}/api/import?name=big.csv&${shopParam(server.databaseUrl, '店')}&job=${job}&size=${bytes.length}`,
    {
      method: 'POST',
      headers: { 'content-length': String(bytes.length - 1) },
    },
  );
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
  req.write(bytes.subarray(0, bytes.length >> 1));
  let progress = { phase: '', rowsRead: 0 };
  let polling = true;
  const poller = (async () => {
    while (polling) {
      progress = await (await fetch(`${server.url}/api/import/progress?job=${job}`)).json();
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await waitFor(
    () => progress.phase === 'reading' && progress.rowsRead > 0,
    30_000,
    'the upload being read',
    () => JSON.stringify(progress),
  );

  // Meanwhile: a new link, a revoked link, and the share page, each answered at once.
  const started = Date.now();
  const during = await createLink('店');
  expect((await fetch(`${server.url}/api/shares/${early.id}`, { method: 'DELETE' })).status).toBe(200);
  const shared = await fetch(`${server.url}${new URL(during.url).pathname}`);
  expect(shared.status).toBe(200);
  await shared.text();
  expect(Date.now() - started).toBeLessThan(3_000);

  req.end(bytes.subarray(bytes.length >> 1, bytes.length - 1));
  const answer = await response;
  polling = false;
  await poller;
  const summary = JSON.parse(answer.body).summary;
  expect(summary.outcome).toBe('rejected');
  expect(summary.message.code).toBe('file.upload_truncated');

  const links = (await (await fetch(`${server.url}/api/shares?shop=${shopIdIn(server.databaseUrl, '店')}`)).json()) as {
    links: { id: string; state: string }[];
  };
  expect(links.links.find((l) => l.id === during.id)?.state).toBe('active');
  expect(links.links.find((l) => l.id === early.id)?.state).toBe('revoked');
  // And the rolled-back file stored nothing: the shop still has its ten orders.
  expect((await upload('small.csv', fs.readFileSync(small), '店')).summary.rowsNew).toBe(0);
});

test('an upload that stops sending is given up, and the next import runs', async () => {
  const big = path.join(server.dir, 'stalled.csv');
  await writePddExport(big, 5_000);
  const bytes = fs.readFileSync(big);
  const req = http.request(
    `${server.url}/api/import?name=stalled.csv&${shopParam(server.databaseUrl, '店')}&size=${bytes.length}`,
    {
      method: 'POST',
      headers: { 'content-length': String(bytes.length) },
    },
  );
  req.on('error', () => undefined);
  const answer = new Promise<string>((resolve) =>
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    }),
  );
  req.write(bytes.subarray(0, 1000));
  const summary = JSON.parse(await answer).summary;
  expect(summary.message.code).toBe('file.upload_stalled');
  req.destroy();
  const small = path.join(server.dir, 'after.csv');
  await writePddExport(small, 3);
  expect((await upload('after.csv', fs.readFileSync(small), '停顿后店')).summary.outcome).toBe('imported');
});

test('a row error has the same line and column through the page and the command line', async () => {
  const text = [
    PDD_ORDER_HEADER.join(','),
    row(PDD_ORDER_HEADER, {
      订单号: 'E1',
      订单成交时间: '2024-03-01 10:00:00',
      订单状态: '已签收',
      商品: '"多行\n商品名"',
    }).join(','),
    row(PDD_ORDER_HEADER, { 订单号: 'E2', 订单成交时间: '三月一日', 订单状态: '已签收' }).join(','),
  ].join('\r\n');
  const file = path.join(server.dir, 'row-error.csv');
  fs.writeFileSync(file, `${text}\r\n`);
  const page = (await upload('row-error.csv', fs.readFileSync(file), '行号店')).summary as unknown as {
    errors: { line: number; column: string; message: { code: string } }[];
  };
  const cli = await runCli(['import', '--json', '--shop', '行号店', file], {
    DATABASE_URL: path.join(server.dir, 'cli.db'),
  });
  const cliErrors = (JSON.parse(cli.stdout.trim()) as { errors: { line: number; column: string; code: string }[] })
    .errors;
  expect(page.errors.map((e) => [e.line, e.column, e.message.code])).toEqual([[4, '订单成交时间', 'row.bad_date']]);
  expect(cliErrors.map((e) => [e.line, e.column, e.code])).toEqual([[4, '订单成交时间', 'row.bad_date']]);
});

test('a shared-string bomb is refused, and the server answers afterwards', async () => {
  const file = path.join(server.dir, 'bomb.xlsx');
  await writeSharedStringBomb(file, LIMITS.sharedStrings + 1);
  const s = (await upload('bomb.xlsx', fs.readFileSync(file), '炸弹店')).summary;
  expect(s.outcome).toBe('rejected');
  expect(s.message?.code).toBe('file.limit.sharedStrings');
  expect((await fetch(`${server.url}/`)).status).toBe(200);
  expect(server.output()).not.toMatch(/heap out of memory|FATAL ERROR/);
});

test('while a merge holds the write lock, a write waits for it and pages that only read answer at once', async () => {
  const gate = path.join(server.dir, 'gate');
  const held = await startServer({ env: { REDLINE_TEST_HOLD_MERGE: gate } });
  try {
    fs.writeFileSync(gate, '');
    const small = path.join(held.dir, 'small.csv');
    await writePddExport(small, 10);
    const first = await fetch(`${held.url}/api/import?name=small.csv&newShop=${encodeURIComponent('锁店')}`, {
      method: 'POST',
      body: new Blob([fs.readFileSync(small)]),
    });
    expect((await first.json()).summary.outcome).toBe('imported');
    const link = (await (
      await fetch(`${held.url}/api/shares`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ shopId: shopIdIn(held.databaseUrl, '锁店'), days: 30 }),
      })
    ).json()) as { url: string };
    fs.rmSync(gate);
    fs.rmSync(`${gate}.held`);

    const big = path.join(held.dir, 'big.csv');
    await writePddExport(big, 2_000);
    const upload = fetch(`${held.url}/api/import?name=big.csv&${shopParam(held.databaseUrl, '锁店')}`, {
      method: 'POST',
      body: new Blob([fs.readFileSync(big)]),
    });
    await waitFor(() => fs.existsSync(`${gate}.held`), 30_000, 'the merge holding the lock');
    // The shared page counts its view: a write, which waits for the merge.
    let viewed = false;
    const view = fetch(`${held.url}${new URL(link.url).pathname}`).then((r) => {
      viewed = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(viewed).toBe(false);
    // Home only reads: it answers while the view's write waits.
    const started = Date.now();
    const home = await fetch(`${held.url}/`);
    expect(home.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(viewed).toBe(false);
    fs.writeFileSync(gate, '');
    expect((await view).status).toBe(200);
    expect((await (await upload).json()).summary.outcome).toBe('imported');
  } finally {
    await held.stop();
  }
});
