/**
 * One app server runs several passes of its own: the minute's tick, and a pass after each import
 * (the page's, or two merchants' at once). They share the process but not the lease: while one
 * pass holds it, another of the same process waits its turn instead of telling the group again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAlertChannel } from '@/lib/alerts/channels';
import { LEASE_MS, runExclusive } from '@/lib/alerts/scheduler';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { alertChannelInput } from '@/lib/input/alerts';
import { accepted, messageText, type Robot, startRobot } from '../helpers/robots';
import { openDb, tempDb } from '../report/fixture';
import { seedShopOverTheLine } from './fixture';

// 2024-04-01 10:00 in China: the latest complete day is 03-31.
const NOW = new Date('2024-04-01T02:00:00Z');
const quick = { backoffMs: [], timeoutMs: 2000 };

let conn: Connection;
let robot: Robot;

beforeAll(async () => {
  conn = await openDb(tempDb().file);
  const shopId = await seedShopOverTheLine(conn);
  robot = await startRobot('dingtalk');
  await addAlertChannel(conn.db, alertChannelInput.parse({ shopId, kind: 'dingtalk', url: robot.url }));
});

afterAll(async () => {
  await robot.close();
  await closeConnection(conn);
});

describe('passes of one process', () => {
  it('the tick and an import’s pass at once: the group hears "over the line" once', async () => {
    // Both with this process's own name on the lease, as the scheduler and alertAfterImport call it.
    const [tickPass, importPass] = await Promise.all([
      runExclusive(conn.db, { now: NOW, delivery: quick, digest: true }),
      runExclusive(conn.db, { now: NOW, delivery: quick }),
    ]);
    expect(accepted(robot).map(messageText)).toEqual([expect.stringContaining('已超线')]);
    expect([tickPass, importPass].filter((r) => r === null)).toHaveLength(1);
    // The lease was given back: the next pass runs, and has nothing new to say.
    expect(await runExclusive(conn.db, { now: NOW, delivery: quick })).toEqual({ shops: 1, sent: 0, failed: 0 });
    expect(accepted(robot)).toHaveLength(1);
  });
});

describe('a pass that has lost the lease', () => {
  it('stops before its next message: another instance took the lease over (it had expired) and tells the groups itself', async () => {
    const file = tempDb().file;
    const c = await openDb(file);
    const first = await startRobot('dingtalk');
    const second = await startRobot('wecom');
    try {
      const shopId = await seedShopOverTheLine(c);
      const add = (url: string, kind: string) => addAlertChannel(c.db, alertChannelInput.parse({ shopId, kind, url }));
      await add(first.url, 'dingtalk');
      await add(second.url, 'wecom');
      // The first robot is busy once; while this pass waits to try again, its lease runs out and
      // another instance takes it (as a pass of over 30 minutes would find).
      first.script.push('http503');
      const stolen = async () => {
        await c.db.updateTable('alert_leases').set({ holder: 'another instance' }).execute();
      };
      const r = await runExclusive(c.db, { now: NOW, delivery: { backoffMs: [0], timeoutMs: 2000, sleep: stolen } });
      expect(accepted(first)).toHaveLength(1);
      expect(second.received).toHaveLength(0);
      expect(r).toEqual({ shops: 1, sent: 1, failed: 0 });
      // Not given back by the pass that lost it: the other instance still holds it.
      const lease = await c.db.selectFrom('alert_leases').select('holder').executeTakeFirst();
      expect(lease?.holder).toBe('another instance');
    } finally {
      await Promise.all([first.close(), second.close()]);
      await closeConnection(c);
    }
  });
});

describe('the lease a pass holds', () => {
  it('runs 5 minutes from its last renewal: a process that died mid-pass blocks the others for minutes, not half an hour', async () => {
    const c = await openDb(tempDb().file);
    const r = await startRobot('dingtalk');
    try {
      const shopId = await seedShopOverTheLine(c);
      await addAlertChannel(c.db, alertChannelInput.parse({ shopId, kind: 'dingtalk', url: r.url }));
      r.script.push('http503');
      let left = 0;
      // Between two attempts of a delivery: how long the lease has to run.
      const look = async () => {
        const lease = await c.db.selectFrom('alert_leases').select('expires_at').executeTakeFirstOrThrow();
        left = Date.parse(lease.expires_at) - Date.now();
      };
      await runExclusive(c.db, { now: NOW, delivery: { backoffMs: [0], timeoutMs: 2000, sleep: look } });
      expect(accepted(r)).toHaveLength(1);
      expect(left).toBeGreaterThan(LEASE_MS - 10_000);
      expect(LEASE_MS).toBe(5 * 60_000);
    } finally {
      await r.close();
      await closeConnection(c);
    }
  });
});
