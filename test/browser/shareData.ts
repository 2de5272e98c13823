/**
 * Data for the share browser tests: PDD exports for two shops, generated here and sent through the
 * command line's `import` (its main, in this process), and links made with `share create` or, where
 * the clock matters, with lib/share directly on the server's own database file.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { closeConnection, openConnection } from '@/lib/db/connection';
import type { ShareOptionsInput } from '@/lib/input/share';
import { createShareLink } from '@/lib/share/links';
import { shopByName } from '@/lib/shops/shops';
import { runCli } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..');

/** The tab's icon request, cut short when a test moves on before it lands, is not a page problem. */
export const ICON_ABORT = /requestfailed: GET .*\/icon\.svg.* net::ERR_ABORTED/;

export const SHOP_A = '红线测试甲店';
export const SHOP_B = '隔壁乙店铺';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (i: number) => {
  const d = new Date(Date.UTC(2024, 2, 1 + i));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** `ordersPerDay` orders a day for 40 days from 2024-03-01; every `everyNth` order escalated to the platform. */
export function exportsFor(dir: string, prefix: string, ordersPerDay: number, everyNth: number) {
  const orders = ['订单号,订单成交时间,订单状态,用户实付金额(元)'];
  const cases = ['售后编号,订单编号,申请时间,售后状态'];
  let n = 0;
  for (let i = 0; i < 40; i++) {
    for (let k = 0; k < ordersPerDay; k++) {
      n++;
      const no = `${prefix}${String(n).padStart(6, '0')}`;
      orders.push(`${no},${day(i)} ${pad(8 + (k % 12))}:15:00,已签收,${(20 + k).toFixed(2)}`);
      if (n % everyNth === 0) cases.push(`S${no},${no},${day(Math.min(i + 1, 39))} 10:00:00,平台处理中`);
    }
  }
  const o = path.join(dir, `${prefix}-orders.csv`);
  const c = path.join(dir, `${prefix}-aftersales.csv`);
  fs.writeFileSync(o, `${orders.join('\r\n')}\r\n`);
  fs.writeFileSync(c, `${cases.join('\r\n')}\r\n`);
  return [o, c];
}

/** The command line on a server's database: its stdout, or an error if it exits non-zero. */
export async function redline(databaseUrl: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await runCli(args, { DATABASE_URL: databaseUrl, ...env });
  if (r.status !== 0) throw new Error(`redline ${args[0]} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Two shops with different figures, imported with the command line. */
export async function importTwoShops(databaseUrl: string, dir: string) {
  const a = exportsFor(dir, 'A', 10, 37);
  const b = exportsFor(dir, 'B', 7, 11);
  await redline(databaseUrl, ['import', '--shop', SHOP_A, ...a]);
  await redline(databaseUrl, ['import', '--shop', SHOP_B, ...b]);
}

/** The rate the command line prints for a shop's latest day, formatted as the report shows it. */
export async function latestRateText(
  databaseUrl: string,
  shop: string,
): Promise<{ rate: string; count: number; date: string }> {
  const m = JSON.parse(await redline(databaseUrl, ['metrics', '--shop', shop, '--json']));
  const last = m.days.at(-1);
  return { rate: `${(last.rate30d * 100).toFixed(2)}%`, count: last.interventions30d, date: last.date };
}

/** `redline share create … --json`. */
export async function cliShare(
  databaseUrl: string,
  args: string[],
  base: string,
): Promise<{ id: string; url: string; token: string }> {
  const j = JSON.parse(
    await redline(databaseUrl, ['share', 'create', ...args, '--json'], { REDLINE_PUBLIC_URL: base }),
  );
  return { ...j, token: j.url.split('/r/')[1] };
}

/** A link made through lib/share on the server's database, with the clock of your choice. */
export async function libShare(databaseUrl: string, shop: string, input: ShareOptionsInput, now: Date) {
  const conn = await openConnection(databaseUrl);
  try {
    const row = await shopByName(conn.db, shop);
    if (!row) throw new Error(`no shop ${shop}`);
    return await createShareLink(conn.db, row, input, now);
  } finally {
    await closeConnection(conn);
  }
}

export /** Moves every recorded password try by `seconds`, instead of sleeping through a wait. */
function shiftTries(databaseUrl: string, seconds: number) {
  const db = new BetterSqlite3(databaseUrl);
  db.prepare("update auth_attempts set at = strftime('%Y-%m-%dT%H:%M:%fZ', at, ? || ' seconds')").run(
    seconds > 0 ? `+${seconds}` : String(seconds),
  );
  db.close();
}

/** Every page and API route of the app, as URL patterns ("/shops/[shop]"), from the app folder itself. */
export function appRoutes(): { pattern: string; kind: 'page' | 'route' }[] {
  const out: { pattern: string; kind: 'page' | 'route' }[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name.startsWith('_') || e.name.startsWith('@')) continue;
        const isGroup = e.name.startsWith('(') && e.name.endsWith(')');
        walk(path.join(dir, e.name), isGroup ? segments : [...segments, e.name]);
      } else if (/^page\.(t|j)sx?$/.test(e.name)) out.push({ pattern: `/${segments.join('/')}`, kind: 'page' });
      else if (/^route\.(t|j)sx?$/.test(e.name)) out.push({ pattern: `/${segments.join('/')}`, kind: 'route' });
    }
  };
  walk(path.join(ROOT, 'app'), []);
  return out;
}

/** Every server action the app declares, as "file#name": the exported functions of its 'use server' modules. */
export function serverActions(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) {
        const text = fs.readFileSync(p, 'utf-8');
        if (!/^\s*['"]use server['"]/.test(text)) continue;
        for (const m of text.matchAll(/^export async function (\w+)/gm)) out.push(`${path.relative(ROOT, p)}#${m[1]}`);
      }
    }
  };
  walk(path.join(ROOT, 'app'));
  return out.sort();
}

/** The URLs a pattern stands for, each dynamic segment tried with every given value. */
export function expand(pattern: string, values: string[]): string[] {
  const parts = pattern.split('/');
  let urls = [''];
  for (const p of parts.slice(1)) {
    const dynamic = /^\[+\.{0,3}[^\]]+\]+$/.test(p);
    const options = dynamic ? values.map(encodeURIComponent) : [p];
    urls = urls.flatMap((u) => options.map((o) => `${u}/${o}`));
  }
  return urls.length ? urls.map((u) => u || '/') : ['/'];
}
