/**
 * The command line in a child process (TZ not China's) over a real database file: presets show
 * their source and whether their numbers are public, `rules set` persists and validates, and
 * `metrics --json` carries the fields and nothing else on stdout.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { openDb, seedShop, tempDb } from './fixture';

let env: Record<string, string>;

beforeAll(async () => {
  const { dir } = tempDb();
  const file = path.join(dir, 'cli.db');
  env = { TZ: 'America/Los_Angeles', DATABASE_URL: file };
  const conn = await openDb(file);
  await seedShop(conn, {
    name: '拼店',
    platform: 'pdd',
    from: '2024-03-01',
    to: '2024-03-31',
    perDay: 10,
    cases: [
      { caseNo: 'A', orderNo: '2024-03-01#0', applied: '2024-03-02', reason: '未收到货' },
      { caseNo: 'B', orderNo: '2024-03-05#0', applied: '2024-03-31', reason: '少发漏发' },
    ],
  });
  await conn.db.destroy();
});

describe('rules', () => {
  it('list: the preset with its source and that its numbers are not public', async () => {
    const text = await runCli(['rules', 'list', '--shop', '拼店', '--lang', 'en'], env);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('pdd-intervention');
    expect(text.stdout).toMatch(/source: Definition: .*never published.*\[not public, estimate\]/);
    expect(text.stdout).toMatch(
      /penalties: Removed from promotion slots, no new listings 1 day; Store-wide search demotion 1 day$/m,
    );
    const json = JSON.parse((await runCli(['rules', 'list', '--shop', '拼店', '--json'], env)).stdout);
    expect(json.rules[0]).toMatchObject({
      id: 'pdd-intervention',
      main: true,
      public: false,
      confidence: 'estimate',
      rate: 0.03,
      count: 10,
      sustainDays: 3,
    });
  });

  it('set: stores the shop’s numbers; metrics then uses them', async () => {
    const set = await runCli(
      [
        'rules',
        'set',
        '--shop',
        '拼店',
        '--rate',
        '0.005',
        '--count',
        '2',
        '--combine',
        'or',
        '--sustain',
        '2',
        '--watch',
        '0.5',
        '--json',
      ],
      env,
    );
    expect(set.status, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout).rules[0]).toMatchObject({
      rate: 0.005,
      count: 2,
      combine: 'or',
      sustainDays: 2,
      watch: 0.5,
      edited: true,
    });
    const listed = JSON.parse((await runCli(['rules', 'list', '--shop', '拼店', '--json'], env)).stdout);
    expect(listed.rules[0]).toMatchObject({ rate: 0.005, count: 2, combine: 'or' });

    const m = await runCli(['metrics', '--shop', '拼店', '--from', '2024-03-30', '--to', '2024-03-31', '--json'], env);
    expect(m.status, m.stderr).toBe(0);
    expect(m.stderr).toBe('');
    const j = JSON.parse(m.stdout);
    // 03-30: 1 of 300 (0.33%, count 1): watch (0.5 × 2 = 1). 03-31: 2 of 300 (0.67%): over, first day of the run: over.
    expect(j.days.map((d: { date: string; status: string }) => [d.date, d.status])).toEqual([
      ['2024-03-30', 'watch'],
      ['2024-03-31', 'over'],
    ]);
    expect(j.days[1]).toMatchObject({ orders30d: 300, interventions30d: 2 });
    // The exact ratio, not a rounded one: 2/300.
    expect(j.days[1].rate30d).toBe(2 / 300);
    expect(j.headroom).toBe(0);
    expect(j.rollOff).toHaveLength(30);
    expect(j.rollOff[0]).toEqual({ date: '2024-04-01', leaving: 1 });
    expect(j.daysUntilSafe).toBe(1);
    expect(j.forecast).toHaveLength(14);
    expect(j.drivers.orders.map((o: { orderNo: string; leavesOn: string }) => [o.orderNo, o.leavesOn])).toEqual([
      ['2024-03-01#0', '2024-04-01'],
      ['2024-03-05#0', '2024-04-30'],
    ]);
    expect(j.rules).toHaveLength(1);
    expect(j.rules[0]).toMatchObject({ id: 'pdd-intervention', public: false, headroom: 0, daysUntilSafe: 1 });
    expect(j.rules[0].days).toHaveLength(2);
  });

  it('set: rejects a percentage given as a whole number, naming the flag', async () => {
    const bad = await runCli(['rules', 'set', '--shop', '拼店', '--rate', '4.5'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--rate');
    expect(bad.stdout).toBe('');
    const pct = await runCli(['rules', 'set', '--shop', '拼店', '--rate', '4.5%', '--json'], env);
    expect(JSON.parse(pct.stdout).rules[0].rate).toBeCloseTo(0.045, 12);
  });
});

describe('rules that mean something', () => {
  it('set: a rule without any line is refused; reset puts the preset back; history says when and what', async () => {
    const blank = await runCli(
      ['rules', 'set', '--shop', '拼店', '--rate', 'off', '--count', 'off', '--lang', 'en'],
      env,
    );
    expect(blank.status).toBe(2);
    expect(blank.stderr).toContain('needs at least one line');
    const zh = await runCli(['rules', 'set', '--shop', '拼店', '--rate', 'off', '--count', 'off', '--lang', 'zh'], env);
    expect(zh.stderr).toContain('至少要有一条线');
    const reset = await runCli(['rules', 'reset', '--shop', '拼店', '--rule', 'pdd-intervention', '--json'], env);
    expect(reset.status, reset.stderr).toBe(0);
    expect(JSON.parse(reset.stdout).rules[0]).toMatchObject({
      id: 'pdd-intervention',
      rate: 0.03,
      count: 10,
      combine: 'and',
      sustainDays: 3,
      watch: 0.8,
      edited: false,
    });
    const h = await runCli(['rules', 'history', '--shop', '拼店', '--rule', 'pdd-intervention', '--lang', 'en'], env);
    expect(h.status, h.stderr).toBe(0);
    expect(h.stdout.split('\n')[0]).toMatch(
      /pdd-intervention {2}reset to preset: rate 4\.50% → 3\.00%, count 2 → 10, combine or → and/,
    );
    const unknown = await runCli(['rules', 'reset', '--shop', '拼店', '--rule', 'nope'], env);
    expect(unknown.status).toBe(2);
  });
});

describe('calibrate', () => {
  it('stores a back-end figure, shows the implied denominator, and keeps the definition picked', async () => {
    // 2 interventions at 0.6667% on 03-31: the back end divides by 300, the paid orders of 03-02 … 03-31.
    const add = await runCli(
      ['calibrate', '--shop', '拼店', '--date', '2024-03-31', '--count', '2', '--rate', '0.6667%', '--json'],
      env,
    );
    expect(add.status, add.stderr).toBe(0);
    const c = JSON.parse(add.stdout);
    expect(c.entries[0].impliedOrders).toBeCloseTo(300, 0);
    expect(c.entries[0].comparisons[0]).toMatchObject({
      orders: 'paid',
      interventions: 'applied',
      interventions30d: 2,
      orders30d: 300,
    });
    expect(c.best).toMatchObject({ orders: 'paid', interventions: 'applied' });

    const use = await runCli(['calibrate', '--shop', '拼店', '--use', 'received:completed', '--json'], env);
    expect(JSON.parse(use.stdout).current).toEqual({ orders: 'received', interventions: 'completed' });
    // No order has a receipt day and no case is completed: nothing counts on that definition.
    const m = JSON.parse(
      (await runCli(['metrics', '--shop', '拼店', '--from', '2024-03-31', '--to', '2024-03-31', '--json'], env)).stdout,
    );
    expect(m.basis).toEqual({ orders: 'received', interventions: 'completed' });
    expect(m.days[0]).toMatchObject({ orders30d: 0, interventions30d: 0 });

    const best = await runCli(['calibrate', '--shop', '拼店', '--use', 'best', '--json'], env);
    expect(JSON.parse(best.stdout).current).toEqual({ orders: 'paid', interventions: 'applied' });

    const bad = await runCli(['calibrate', '--shop', '拼店', '--use', 'paid:signed'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--use');
  });
});
