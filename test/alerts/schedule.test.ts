/**
 * The in-server schedule on a frozen clock: the digest at its time (China), once a day, and an
 * hourly check; and among two app instances on one database (two connections to one SQLite file,
 * two pools on one PostgreSQL database) exactly one sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAlertChannel } from '@/lib/alerts/channels';
import { type Ticker, tick } from '@/lib/alerts/scheduler';
import { type Connection, closeConnection, openConnection } from '@/lib/db/connection';
import { alertChannelInput } from '@/lib/input/alerts';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';
import { accepted, messageText, type Robot, startRobot } from '../helpers/robots';
import { openDb, seedShop, tempDb } from '../report/fixture';

const pgUp = await postgresAvailable();
const quick = { backoffMs: [], timeoutMs: 2000 };
/** China wall clock to the instant. */
const at = (chinaTime: string) => new Date(`${chinaTime.replace(' ', 'T')}:00+08:00`);

const robots: Robot[] = [];
afterAll(async () => {
  await Promise.all(robots.map((r) => r.close()));
});
async function robot() {
  const r = await startRobot('dingtalk');
  robots.push(r);
  return r;
}
const addDigest = (c: Connection, url: string, time = '09:00') =>
  addAlertChannel(c.db, alertChannelInput.parse({ shopId: null, kind: 'dingtalk', url, digestAt: time }));

describe('the schedule, on a frozen clock', () => {
  let file: string;
  let a: Connection;
  let b: Connection;
  beforeAll(async () => {
    file = tempDb().file;
    a = await openDb(file);
    b = await openConnection(file);
    // 2 interventions of 1,500 orders: fine, so the hourly checks have nothing to say.
    const cases = [0, 1].map((i) => ({ caseNo: `C${i}`, orderNo: `2024-03-20#${i}`, applied: '2024-03-20' }));
    await seedShop(a, { name: '旗舰店', platform: 'pdd', from: '2024-02-01', to: '2024-03-31', perDay: 50, cases });
  });
  afterAll(async () => {
    await closeConnection(a);
    await closeConnection(b);
  });

  it('sends the digest at 09:00 China time, once a day', async () => {
    const r = await robot();
    const id = await addDigest(a, r.url);
    const ticker: Ticker = { lastHour: null };
    const run = (t: string) => tick(a.db, at(t), ticker, 'A', quick);
    await run('2024-04-01 08:59');
    expect(ticker.lastHour).toBe('2024-04-01 08');
    expect(r.received).toHaveLength(0);
    await run('2024-04-01 09:00');
    expect(accepted(r)).toHaveLength(1);
    // 2 of 1,500 = 0.13%; 45 reach the 3% and 10-order line: 43 to go.
    expect(messageText(accepted(r)[0])).toBe(
      [
        '#### 【红线】每日汇总 2024-04-01',
        '旗舰店：正常 · 0.13%（阈值 3.00%） · 余量 43',
        '[查看报告](http://127.0.0.1:3000/)',
      ].join('\n\n'),
    );
    await run('2024-04-01 09:30');
    await run('2024-04-01 23:59');
    expect(accepted(r)).toHaveLength(1);
    await run('2024-04-02 08:00');
    expect(accepted(r)).toHaveLength(1);
    await run('2024-04-02 09:01');
    expect(accepted(r)).toHaveLength(2);
    expect(messageText(accepted(r)[1])).toContain('每日汇总 2024-04-02');
    await a.db.deleteFrom('alert_channels').where('id', '=', id).execute();
  });

  it('a digest the robot refused is tried again after 15 minutes, not at every tick', async () => {
    const r = await robot();
    const id = await addDigest(a, r.url, '11:00');
    const ticker: Ticker = { lastHour: '2024-04-02 11' };
    const run = (t: string) => tick(a.db, at(t), ticker, 'A', quick);
    r.script.push('http503');
    await run('2024-04-02 11:00');
    expect(r.received).toHaveLength(1);
    await run('2024-04-02 11:01');
    await run('2024-04-02 11:14');
    expect(r.received).toHaveLength(1);
    await run('2024-04-02 11:15');
    expect(accepted(r).map(messageText)).toEqual([expect.stringContaining('每日汇总 2024-04-02')]);
    await a.db.deleteFrom('alert_channels').where('id', '=', id).execute();
  });

  it('two instances on one SQLite file: one sends', async () => {
    const r = await robot();
    await addDigest(a, r.url, '10:00');
    const t = at('2024-04-02 10:00');
    await Promise.all([tick(a.db, t, { lastHour: null }, 'A', quick), tick(b.db, t, { lastHour: null }, 'B', quick)]);
    expect(r.received.map(messageText)).toEqual([expect.stringContaining('每日汇总 2024-04-02')]);
  });
});

describe.skipIf(!pgUp)('two instances on one PostgreSQL database', () => {
  let pg: TestDatabase;
  afterAll(async () => pg?.drop());
  it('one sends', async () => {
    pg = await freshPostgres();
    const a = await openConnection(pg.url);
    const b = await openConnection(pg.url);
    try {
      const r = await robot();
      await addDigest(a, r.url);
      const t = at('2024-04-01 09:00');
      await Promise.all([tick(a.db, t, { lastHour: null }, 'A', quick), tick(b.db, t, { lastHour: null }, 'B', quick)]);
      expect(accepted(r)).toHaveLength(1);
      expect(messageText(accepted(r)[0])).toContain('还没有店铺');
    } finally {
      await closeConnection(a);
      await closeConnection(b);
    }
  });
});
