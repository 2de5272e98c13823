/**
 * The pass after an import waits for the shop's robots a bounded time in all, not a timeout per
 * robot: a merchant with several groups whose robots hang still gets the command line back
 * promptly, and what was not told yet is told by the next scheduled pass.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { alertAfterImport } from '@/lib/alerts/afterImport';
import { addAlertChannel } from '@/lib/alerts/channels';
import { runAlerts } from '@/lib/alerts/run';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { alertChannelInput } from '@/lib/input/alerts';
import { accepted, type Robot, startRobot } from '../helpers/robots';
import { openDb, tempDb } from '../report/fixture';
import { seedShopOverTheLine } from './fixture';

let conn: Connection;
let shopId: number;
const robots: Robot[] = [];

beforeAll(async () => {
  conn = await openDb(tempDb().file);
  shopId = await seedShopOverTheLine(conn);
  for (let i = 0; i < 3; i++) {
    const r = await startRobot('dingtalk');
    robots.push(r);
    await addAlertChannel(conn.db, alertChannelInput.parse({ shopId, kind: 'dingtalk', url: r.url }));
  }
});

afterAll(async () => {
  await Promise.all(robots.map((r) => r.close()));
  await closeConnection(conn);
});

it('three robots that never answer: the import waits for the time given, not three timeouts', async () => {
  for (const r of robots) r.script.push('silent');
  // A second per robot, 2.7 s in all: the first two robots' timeouts fit, a third would not.
  await alertAfterImport(conn.db, [shopId], { timeoutMs: 1000, budgetMs: 2700 });
  expect(robots.map((r) => r.received.length)).toEqual([1, 1, 0]);
  // The hourly pass tells all three, answering again.
  for (const r of robots) r.script.length = 0;
  const now = new Date(Date.now());
  expect(await runAlerts(conn.db, { now, delivery: { backoffMs: [], timeoutMs: 2000 } })).toMatchObject({
    sent: 3,
    failed: 0,
  });
  expect(robots.map((r) => accepted(r).length)).toEqual([1, 1, 1]);
});
