/**
 * The same alerts on PostgreSQL: a channel added, an import that puts a shop over the line tells
 * the robot once, a second pass says nothing, the delivery log and the channel's removal.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { marchOverTheLine } from '../helpers/exports';
import { tempDir } from '../helpers/files';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';
import { accepted, messageText, type Robot, startRobot } from '../helpers/robots';

const pgUp = await postgresAvailable();

describe.skipIf(!pgUp)('alerts on PostgreSQL', () => {
  let pg: TestDatabase;
  let robot: Robot;
  let env: Record<string, string>;
  beforeAll(async () => {
    pg = await freshPostgres();
    robot = await startRobot('feishu', 'fs-secret');
    env = { DATABASE_URL: pg.url, REDLINE_NOW: '2024-04-01T02:00:00Z', REDLINE_LANG: 'en' };
  });
  afterAll(async () => {
    await robot?.close();
    await pg?.drop();
  });

  it('tells once, logs, removes', async () => {
    const add = await runCli(
      [
        'alerts',
        'add',
        '--all-shops',
        '--channel',
        'feishu',
        '--url',
        robot.url,
        '--secret',
        'fs-secret',
        '--language',
        'en',
      ],
      env,
    );
    expect(add.status, add.stderr).toBe(0);
    const { orders, cases } = marchOverTheLine(tempDir());
    for (const f of [orders, cases]) expect((await runCli(['import', '--shop', 'Flagship', f], env)).status).toBe(0);
    expect(accepted(robot)).toHaveLength(1);
    expect(messageText(accepted(robot)[0])).toContain('[Redline] Flagship: over the line');
    expect(messageText(accepted(robot)[0])).toContain('**30-day platform intervention rate 3.33%, line 3.00%**');
    expect((await runCli(['alerts', 'run'], env)).stdout.trim()).toBe('Checked 1 shop: 0 sent, 0 failed');
    expect(accepted(robot)).toHaveLength(1);
    const [view] = JSON.parse((await runCli(['alerts', 'list', '--json'], env)).stdout);
    expect(view.deliveries).toMatchObject([{ what: 'change', outcome: 'sent', attempts: 1, code: null }]);
    expect((await runCli(['alerts', 'remove', '--id', String(view.id)], env)).status).toBe(0);
    expect((await runCli(['alerts', 'list'], env)).stdout.trim()).toBe('No alert channels yet');
  });

  it('db copy moves a shop with its channels and what they were told: nothing is said twice', async () => {
    const target = await freshPostgres();
    try {
      const dir = tempDir();
      const file = { ...env, DATABASE_URL: path.join(dir, 'redline.db') };
      const before = accepted(robot).length;
      const add = [
        'alerts',
        'add',
        '--shop',
        'Moved',
        '--channel',
        'feishu',
        '--url',
        robot.url,
        '--secret',
        'fs-secret',
      ];
      const { orders, cases } = marchOverTheLine(dir);
      expect((await runCli(['import', '--shop', 'Moved', orders], file)).status).toBe(0);
      expect((await runCli(add, file)).status).toBe(0);
      expect((await runCli(['import', '--shop', 'Moved', cases], file)).status).toBe(0);
      expect(accepted(robot)).toHaveLength(before + 1);
      const copy = await runCli(['db', 'copy', '--to', target.url], file);
      expect(copy.status, copy.stderr).toBe(0);
      const moved = { ...env, DATABASE_URL: target.url };
      expect(JSON.parse((await runCli(['alerts', 'list', '--json'], moved)).stdout)).toMatchObject([
        { kind: 'feishu', hasSecret: true, deliveries: [] },
      ]);
      expect((await runCli(['alerts', 'run'], moved)).stdout.trim()).toBe('Checked 1 shop: 0 sent, 0 failed');
      expect(accepted(robot)).toHaveLength(before + 1);
    } finally {
      await target.drop();
    }
  });
});
