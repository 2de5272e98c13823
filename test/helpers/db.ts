import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Connection, type DB, openConnection } from '@/lib/db/connection';
import { fileInput, type ImportOptions, importFile } from '@/lib/import/pipeline';
import { getShopReport } from '@/lib/report/shopReport';
import type { ShopReportOptions } from '@/lib/report/types';
import { shopByName } from '@/lib/shops/shops';

export async function freshDb(dir: string, name = 'redline.db'): Promise<Connection> {
  return openConnection(path.join(dir, name));
}

export async function importPath(conn: Connection, file: string, opts: ImportOptions = {}) {
  return importFile(conn, fileInput(file), opts);
}

/** The stored shop of this name (the app finds it by id; tests name it). */
export async function shopIn(conn: { db: DB }, shop: string) {
  const row = await shopByName(conn.db, shop);
  if (!row) throw new Error(`no shop ${shop}`);
  return row;
}

/** The report the dashboard and `redline metrics` show, of the shop with this name. */
export async function reportOf(conn: { db: DB }, shop: string, options: ShopReportOptions = {}) {
  return getShopReport(conn.db, await shopIn(conn, shop), options);
}

/** The rolling figures of one day, as the report shows them. */
export async function dayFigures(conn: Connection, shop: string, day: string) {
  const { date, orders30d, interventions30d, rate30d } = (await reportOf(conn, shop, { from: day, to: day })).days[0];
  return { date, orders30d, interventions30d, rate30d };
}

/** An order as stored (every column), by its number. */
export function storedOrder(conn: Connection, orderNo: string) {
  return conn.raw.prepare('select * from orders where order_no = ?').get(orderNo) as
    | Record<string, unknown>
    | undefined;
}

/** An after-sales case as stored (every column), by its number. */
export function storedCase(conn: Connection, caseNo: string) {
  return conn.raw.prepare('select * from cases where case_no = ?').get(caseNo) as Record<string, unknown> | undefined;
}

/** Everything stored that a figure depends on, to show that a rejected import changed nothing. */
export function snapshot(conn: Connection) {
  const q = (sql: string) => conn.raw.prepare(sql).all();
  return JSON.stringify({
    shops: q('select id, name, platform from shops order by id'),
    orders: q('select * from orders order by shop_id, order_no'),
    cases: q('select * from cases order by shop_id, case_no'),
    daily: q('select * from daily order by shop_id, day'),
    imported: q("select id, file_name, rows_new from imports where outcome = 'imported' order by id"),
  });
}

/**
 * The import route's shop parameter for a shop by name: `shop=ID` once it exists, `newShop=NAME`
 * before (a new shop's name may not be one a shop has already).
 */
export function shopParam(databaseUrl: string, name: string): string {
  if (!fs.existsSync(databaseUrl)) return `newShop=${encodeURIComponent(name)}`;
  const db = new BetterSqlite3(databaseUrl, { readonly: true });
  try {
    const exists = db.prepare("select 1 from sqlite_master where name = 'shops'").get() !== undefined;
    const row = exists
      ? (db.prepare('select id from shops where name = ?').get(name) as { id: number } | undefined)
      : undefined;
    return row ? `shop=${row.id}` : `newShop=${encodeURIComponent(name)}`;
  } finally {
    db.close();
  }
}

/** A stored shop's id, read straight from a (running server's) database file: the API addresses shops by id. */
export function shopIdIn(databaseUrl: string, name: string): number {
  const db = new BetterSqlite3(databaseUrl, { readonly: true });
  try {
    const row = db.prepare('select id from shops where name = ?').get(name) as { id: number } | undefined;
    if (!row) throw new Error(`no shop ${name}`);
    return row.id;
  } finally {
    db.close();
  }
}
