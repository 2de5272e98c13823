/**
 * Two app servers on one database, each with its own alert schedule ticking every second: a shop
 * over the line and a 09:00 digest reach the group once each, not once per server. On one SQLite
 * file, and on one PostgreSQL database when a server is there.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { marchOverTheLine } from '../helpers/exports';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';
import { accepted, messageText, startRobot } from '../helpers/robots';
import { startServer, type TestServer } from './server';

const pgUp = await postgresAvailable();
// 2024-04-01 10:00 in China: the 09:00 digest is due.
const env = { REDLINE_NOW: '2024-04-01T02:00:00Z', REDLINE_ALERT_TICK_MS: '1000' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function oneSender(databaseUrl: string | undefined) {
  const robot = await startRobot('dingtalk');
  cleanup.push(() => robot.close());
  const a: TestServer = await startServer({ env, databaseUrl });
  cleanup.push(() => a.stop());
  const url = databaseUrl ?? a.databaseUrl;
  const cli = (...args: string[]) =>
    runCli(args, { DATABASE_URL: url, REDLINE_NOW: env.REDLINE_NOW, REDLINE_LANG: 'zh' });
  const { orders, cases } = marchOverTheLine(a.dir);
  for (const f of [orders, cases]) expect((await cli('import', '--shop', '旗舰店', f)).status).toBe(0);
  const b: TestServer = await startServer({ env, databaseUrl: url });
  cleanup.push(() => b.stop());
  expect(
    (await cli('alerts', 'add', '--all-shops', '--channel', 'dingtalk', '--url', robot.url, '--digest', '09:00'))
      .status,
  ).toBe(0);
  // Both servers tick every second for a few seconds.
  for (let i = 0; i < 80 && accepted(robot).length < 2; i++) await sleep(100);
  // Two more ticks of each server: neither tells the group again.
  await sleep(2500);
  const texts = accepted(robot).map(messageText);
  expect(texts.filter((m) => m.includes('旗舰店：已超线'))).toHaveLength(1);
  expect(texts.filter((m) => m.includes('每日汇总 2024-04-01'))).toHaveLength(1);
  expect(texts).toHaveLength(2);
}

describe('two app servers on one database: one sends', () => {
  test('SQLite file', async () => {
    await oneSender(undefined);
  });

  test.skipIf(!pgUp)('PostgreSQL', async () => {
    const pg: TestDatabase = await freshPostgres();
    cleanup.push(() => pg.drop());
    await oneSender(pg.url);
  });
});
