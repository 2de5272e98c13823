import path from 'node:path';
import { type Connection, openConnection } from '@/lib/db/connection';
import { fileInput, type ImportOptions, importFile } from '@/lib/import/pipeline';
import { shopMetrics } from '@/lib/report/shopMetrics';

export async function freshDb(dir: string, name = 'redline.db'): Promise<Connection> {
  return openConnection(path.join(dir, name));
}

export async function importPath(conn: Connection, file: string, opts: ImportOptions = {}) {
  return importFile(conn, fileInput(file), opts);
}

/** The rolling figures of one day. */
export async function dayFigures(conn: Connection, shop: string, day: string) {
  const m = await shopMetrics(conn.db, shop, { from: day, to: day });
  if (!m) throw new Error(`no shop ${shop}`);
  return m.days[0];
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
