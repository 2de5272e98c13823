/**
 * The same merchant's day on SQLite and on PostgreSQL: imports with figures worked out by hand,
 * re-imports and an undo, rules, calibration, shares, sessions and throttling, all through the
 * command line and lib/ as the app runs them; then `metrics --json` must be the same on both.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminSession, validateAdminSession } from '@/lib/auth/sessions';
import { type Connection, closeConnection, openConnection } from '@/lib/db/connection';
import { undoImport } from '@/lib/db/queries/undoImport';
import { beginAttempt, nextTryAt } from '@/lib/share/rateLimit';
import { runCli } from '../helpers/cli';
import { dayFigures, importPath } from '../helpers/db';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';

const pgUp = await postgresAvailable();
const dir = tempDir();
const env = (url: string) => ({ DATABASE_URL: url, TZ: 'America/New_York', REDLINE_NOW: '2024-05-20T04:00:00.000Z' });

const d2 = (d: number) => String(d).padStart(2, '0');
/** Three orders a day, paid at noon China time on May `from`…`to`; order numbers say their day. */
const orders = (name: string, from: number, to: number, status = '已签收') => {
  const rows = [PDD_ORDER_HEADER];
  for (let d = from; d <= to; d++)
    for (let i = 0; i < 3; i++)
      rows.push(
        row(PDD_ORDER_HEADER, {
          订单号: `O-05${d2(d)}-${i}`,
          订单成交时间: `2024-05-${d2(d)} 12:00:00`,
          订单状态: status,
          '用户实付金额(元)': '¥1,234.50',
          商品: '红线 T恤',
        }),
      );
  return writeFile(dir, name, csvText(rows));
};
const cases = (name: string, list: [no: string, order: string, day: number, status: string][]) =>
  writeFile(
    dir,
    name,
    csvText([
      PDD_AFTER_SALES_HEADER,
      ...list.map(([no, order, day, status]) =>
        row(PDD_AFTER_SALES_HEADER, {
          售后编号: no,
          订单编号: order,
          申请时间: `2024-05-${d2(day)} 23:30:00`,
          售后状态: status,
        }),
      ),
    ]),
  );

/** What each database said to `metrics --json`, compared at the end. */
const metricsOf = new Map<string, unknown>();

const backends = [
  { name: 'sqlite', skip: false },
  { name: 'postgres', skip: !pgUp },
] as const;

for (const backend of backends) {
  describe.skipIf(backend.skip)(backend.name, () => {
    let url: string;
    let server: TestDatabase | null = null;
    let conn: Connection;
    beforeAll(async () => {
      if (backend.name === 'postgres') {
        server = await freshPostgres();
        url = server.url;
      } else url = path.join(tempDir(), 'redline.db');
      conn = await openConnection(url);
    });
    afterAll(async () => {
      await closeConnection(conn);
      await server?.drop();
    });

    it('imports orders and cases, with the figures worked out by hand', async () => {
      expect(conn.dialect).toBe(backend.name);
      expect(await importPath(conn, orders('o1.csv', 1, 10), { shop: '红线店' })).toMatchObject({
        outcome: 'imported',
        rowsNew: 30,
        rowsUpdated: 0,
      });
      const c = cases('c1.csv', [
        ['A', 'O-0502-0', 3, '平台处理中'],
        // The same order again, later: it still counts once, on 05-03.
        ['A2', 'O-0502-0', 4, '平台同意退款，退款中'],
        ['B', 'O-0506-1', 7, '平台拒绝退款，退款关闭'],
        ['C', 'O-0508-2', 8, '退款成功'],
        ['D', 'O-0509-0', 9, '平台主动退款'],
      ]);
      expect(await importPath(conn, c, { shop: '红线店' })).toMatchObject({ outcome: 'imported', rowsNew: 5 });
      // 23:30 China time on 05-03 is still 05-03, whatever the server's zone.
      expect(await dayFigures(conn, '红线店', '2024-05-03')).toEqual({
        date: '2024-05-03',
        orders30d: 9,
        interventions30d: 1,
        rate30d: 1 / 9,
      });
      expect(await dayFigures(conn, '红线店', '2024-05-07')).toMatchObject({ orders30d: 21, interventions30d: 2 });
      // C is no intervention, D the platform opened itself: still 2 of 30.
      expect(await dayFigures(conn, '红线店', '2024-05-10')).toMatchObject({ orders30d: 30, interventions30d: 2 });
    });

    it('re-imports idempotently, keeps an intervention once seen, and undoes one import', async () => {
      // 05-09 and 05-10 again, now 已退款, and three new orders on 05-11.
      const again = await importPath(conn, orders('o2.csv', 9, 11, '已退款'), { shop: '红线店' });
      expect(again).toMatchObject({ rowsNew: 3, rowsUpdated: 6 });
      expect(await dayFigures(conn, '红线店', '2024-05-11')).toMatchObject({ orders30d: 33 });
      // B shows plainly closed in a later export; it was seen intervened and stays counted.
      await importPath(conn, cases('c2.csv', [['B', 'O-0506-1', 7, '退款成功']]), { shop: '红线店' });
      expect(await dayFigures(conn, '红线店', '2024-05-11')).toMatchObject({ interventions30d: 2 });
      expect(await undoImport(conn.db, again.importId as number)).toMatchObject({ ok: true, removed: 3, restored: 6 });
      expect(await dayFigures(conn, '红线店', '2024-05-11')).toMatchObject({ orders30d: 30, interventions30d: 2 });
      const status = await conn.db
        .selectFrom('orders')
        .select('status')
        .where('order_no', '=', 'O-0510-2')
        .executeTakeFirstOrThrow();
      expect(status.status).toBe('已签收');
    });

    it('sets rules and calibration, and shares a link, through the command line', async () => {
      const set = await runCli(
        ['rules', 'set', '--shop', '红线店', '--rate', '0.07', '--count', '3', '--sustain', '2', '--lang', 'en'],
        env(url),
      );
      expect(set.status, set.stderr).toBe(0);
      const history = JSON.parse((await runCli(['rules', 'history', '--shop', '红线店', '--json'], env(url))).stdout);
      expect(history.changes ?? history).toHaveLength(1);
      const cal = await runCli(
        ['calibrate', '--shop', '红线店', '--date', '2024-05-10', '--count', '2', '--rate', '0.0667'],
        env(url),
      );
      expect(cal.status, cal.stderr).toBe(0);
      const link = await runCli(['share', 'create', '--shop', '红线店', '--label', 'boss', '--json'], env(url));
      expect(link.status, link.stderr).toBe(0);
      const { id } = JSON.parse(link.stdout);
      expect((await runCli(['share', 'revoke', '--id', id], env(url))).status).toBe(0);
      expect((await runCli(['share', 'list', '--shop', '红线店'], env(url))).stdout).toContain('boss');
    });

    it('keeps admin sessions and throttles wrong passwords in the database', async () => {
      const t0 = new Date('2024-05-20T00:00:00.000Z');
      const { token } = await createAdminSession(conn.db, t0, 'pw');
      expect(await validateAdminSession(conn.db, token, t0, 'pw')).toBe(true);
      expect(await validateAdminSession(conn.db, token, t0, 'other')).toBe(false);
      const policy = { windowMs: 3_600_000, perAddressFree: 2, overallFree: 100, baseMs: 1000, capMs: 60_000 };
      for (let i = 0; i < 2; i++)
        expect(await beginAttempt(conn.db, 'admin', '10.0.0.1', t0, policy)).toMatchObject({ allowed: true });
      // Two free tries, then the next waits 1 s after the last.
      expect(await nextTryAt(conn.db, 'admin', '10.0.0.1', t0, policy)).toEqual(new Date(t0.getTime() + 1000));
      expect(await nextTryAt(conn.db, 'admin', '10.0.0.2', t0, policy)).toBeNull();
      // Five guesses at once from a fresh address: two free tries, however the checks interleave.
      const guesses = await Promise.all(
        Array.from({ length: 5 }, () => beginAttempt(conn.db, 'admin', '10.0.0.3', t0, { ...policy, baseMs: 60_000 })),
      );
      expect(guesses.filter((g) => g.allowed)).toHaveLength(2);
    });

    it('answers metrics --json', async () => {
      const out = await runCli(
        ['metrics', '--shop', '红线店', '--from', '2024-05-01', '--to', '2024-05-12', '--json'],
        env(url),
      );
      expect(out.status, out.stderr).toBe(0);
      const json = JSON.parse(out.stdout);
      expect(json.days.find((d: { date: string }) => d.date === '2024-05-10')).toMatchObject({
        orders30d: 30,
        interventions30d: 2,
        rate30d: 2 / 30,
      });
      metricsOf.set(backend.name, json);
    });
  });
}

describe.skipIf(!pgUp)('both', () => {
  it('give the same metrics --json for the same exports', () => {
    expect(metricsOf.get('postgres')).toEqual(metricsOf.get('sqlite'));
  });
});
