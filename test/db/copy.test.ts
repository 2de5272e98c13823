/**
 * `redline db copy --to postgres://…`: a merchant who outgrew the SQLite file moves a shop to
 * PostgreSQL without starting over. Every figure of `metrics --json` is the same after the move,
 * and so are the shop's history, rules, calibration, links and mappings; a second copy of the
 * same shop is refused and changes nothing.
 */
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection, openConnection } from '@/lib/db/connection';
import { runCli } from '../helpers/cli';
import { importPath } from '../helpers/db';
import { PDD_AFTER_SALES_HEADER, PDD_ORDER_HEADER, row } from '../helpers/exports';
import { csvText, tempDir, writeFile } from '../helpers/files';
import { freshPostgres, postgresAvailable, type TestDatabase } from '../helpers/postgres';

const pgUp = await postgresAvailable();
const dir = tempDir();
const file = path.join(dir, 'redline.db');
const env = (url: string) => ({ DATABASE_URL: url, TZ: 'America/New_York', REDLINE_NOW: '2024-05-20T04:00:00.000Z' });
const d2 = (d: number) => String(d).padStart(2, '0');

/** Four orders a day, May `from`…`to`, paid at 10:00 China time. */
const orders = (name: string, from: number, to: number, status: string) => {
  const rows = [PDD_ORDER_HEADER];
  for (let d = from; d <= to; d++)
    for (let i = 0; i < 4; i++)
      rows.push(
        row(PDD_ORDER_HEADER, {
          订单号: `O-05${d2(d)}-${i}`,
          订单成交时间: `2024-05-${d2(d)} 10:00:00`,
          订单状态: status,
          '用户实付金额(元)': '¥88.80',
        }),
      );
  return writeFile(dir, name, csvText(rows));
};

/** Each table's rows for the shop, counted, on one database. */
async function counts(url: string) {
  const conn = await openConnection(url);
  try {
    const n = async (table: 'orders' | 'cases' | 'daily' | 'imports' | 'import_errors' | 'shop_rules') =>
      Number(
        (
          await conn.db
            .selectFrom(table)
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const m = async (table: 'calibration_entries' | 'rule_changes' | 'share_links' | 'column_mappings') =>
      Number(
        (
          await conn.db
            .selectFrom(table)
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      orders: await n('orders'),
      cases: await n('cases'),
      daily: await n('daily'),
      imports: await n('imports'),
      importErrors: await n('import_errors'),
      shopRules: await n('shop_rules'),
      calibration: await m('calibration_entries'),
      ruleChanges: await m('rule_changes'),
      shareLinks: await m('share_links'),
      mappings: await m('column_mappings'),
    };
  } finally {
    await closeConnection(conn);
  }
}

describe.skipIf(!pgUp)('db copy to PostgreSQL', () => {
  let target: TestDatabase;
  beforeAll(async () => {
    target = await freshPostgres();
    const conn = await openConnection(file);
    try {
      await importPath(conn, orders('o1.csv', 1, 12, '已签收'), { shop: '搬家店' });
      // A re-import that changes days 11–12 (kept for undo) and a row error.
      await importPath(conn, orders('o2.csv', 11, 14, '已退款'), { shop: '搬家店' });
      const cases = csvText([
        PDD_AFTER_SALES_HEADER,
        row(PDD_AFTER_SALES_HEADER, {
          售后编号: 'K1',
          订单编号: 'O-0503-1',
          申请时间: '2024-05-04 09:00:00',
          售后状态: '平台处理中',
        }),
        row(PDD_AFTER_SALES_HEADER, {
          售后编号: 'K2',
          订单编号: 'O-0512-2',
          申请时间: '2024-05-12 23:59:00',
          售后状态: '平台同意退款，退款中',
        }),
        row(PDD_AFTER_SALES_HEADER, {
          售后编号: 'K3',
          订单编号: 'O-0513-0',
          申请时间: '2024-05-13 08:00:00',
          售后状态: '退款成功',
        }),
        row(PDD_AFTER_SALES_HEADER, {
          售后编号: 'K4',
          订单编号: 'O-0513-1',
          申请时间: 'not a date',
          售后状态: '退款成功',
        }),
      ]);
      await importPath(conn, writeFile(dir, 'c.csv', cases), { shop: '搬家店' });
      // Another shop in the file, left behind by --shop.
      await importPath(conn, orders('other.csv', 1, 2, '已签收'), { shop: '别的店' });
    } finally {
      await closeConnection(conn);
    }
    for (const args of [
      ['rules', 'set', '--shop', '搬家店', '--rate', '0.05', '--count', '2', '--sustain', '2'],
      ['calibrate', '--shop', '搬家店', '--date', '2024-05-12', '--count', '1', '--rate', '0.0208'],
      ['share', 'create', '--shop', '搬家店', '--label', 'boss', '--days', '30'],
    ]) {
      const r = await runCli(args, env(file));
      expect(r.status, r.stderr).toBe(0);
    }
  });
  afterAll(async () => {
    await target?.drop();
  });

  it('moves one shop; metrics --json is the same, figure for figure', async () => {
    const metrics = async (url: string) => {
      const r = await runCli(
        ['metrics', '--shop', '搬家店', '--from', '2024-05-01', '--to', '2024-05-20', '--json'],
        env(url),
      );
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    const before = await metrics(file);
    // Hand-worked: on 05-14, 56 orders in 30 days, K1 and K2 intervened (K3 plainly refunded).
    expect(before.days.find((d: { date: string }) => d.date === '2024-05-14')).toMatchObject({
      orders30d: 56,
      interventions30d: 2,
    });

    const copy = await runCli(['db', 'copy', '--to', target.url, '--shop', '搬家店', '--json'], env(file));
    expect(copy.status, copy.stderr).toBe(0);
    expect(JSON.parse(copy.stdout)).toEqual([{ name: '搬家店', orders: 56, cases: 3, imports: 3 }]);
    expect(await metrics(target.url)).toEqual(before);

    const source = await counts(file);
    const copied = await counts(target.url);
    // The other shop's 8 orders and its import stayed behind.
    expect(copied).toEqual({
      ...source,
      orders: source.orders - 8,
      daily: source.daily - 2,
      imports: source.imports - 1,
    });
    expect(copied.importErrors).toBeGreaterThan(0);
    expect(copied.shareLinks).toBe(1);

    // The re-import undone on both: the rows it changed come back from what the copy kept of them.
    const undo = async (url: string) => {
      const list = await runCli(['imports', 'list', '--shop', '搬家店', '--json'], env(url));
      const { id } = JSON.parse(list.stdout).find((i: { file: string }) => i.file === 'o2.csv');
      const r = await runCli(['imports', 'undo', '--id', String(id), '--json'], env(url));
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    expect(await undo(target.url)).toMatchObject({ removed: 8, restored: 8 });
    expect(await undo(file)).toMatchObject({ removed: 8, restored: 8 });
    expect(await metrics(target.url)).toEqual(await metrics(file));
  });

  it('refuses to copy a shop the target already holds, and changes nothing', async () => {
    const before = await counts(target.url);
    const again = await runCli(['db', 'copy', '--to', target.url, '--lang', 'en'], env(file));
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already holds a shop named "搬家店"');
    expect(await counts(target.url)).toEqual(before);
  });

  it('makes the target database when the server has none of that name', async () => {
    const url = new URL(target.url);
    url.pathname += '_new';
    try {
      const copy = await runCli(['db', 'copy', '--to', url.toString(), '--json'], env(file));
      expect(copy.status, copy.stderr).toBe(0);
      expect(JSON.parse(copy.stdout).map((c: { name: string; orders: number }) => [c.name, c.orders])).toEqual([
        // The re-import undone above: May 1–12, four a day.
        ['搬家店', 48],
        ['别的店', 8],
      ]);
    } finally {
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      await admin.query(`drop database if exists ${url.pathname.slice(1)} with (force)`);
      await admin.end();
    }
  });
});
