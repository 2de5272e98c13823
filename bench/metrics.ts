/**
 * The shop report on a year of days for a shop with 1,000,000 orders. It must come from the daily
 * aggregates (and one window of cases), so it stays in milliseconds however many orders there
 * are. A bare read of the same daily rows is measured alongside as the baseline.
 */
import { sql } from 'kysely';
import { type Connection, closeConnection, openConnection } from '../lib/db/connection';
import { rebuildDaily } from '../lib/db/queries/rebuildDaily';
import { getShopReport } from '../lib/report/shopReport';
import { shopByName } from '../lib/shops/shops';
import { addDays } from '../lib/time/china';

const SHOP = 'bench-metrics';
const ORDERS = 1_000_000;
const FIRST_DAY = '2025-01-01';
const DAYS = 365;
const LAST_DAY = addDays(FIRST_DAY, DAYS - 1);
const RUNS = 200;

/** 1,000,000 orders over 365 days, 3% with an after-sales case, 40% of those escalated, some still open. */
async function seed(conn: Connection): Promise<number> {
  const existing = await shopByName(conn.db, SHOP);
  if (existing) return existing.id;
  return conn.db.transaction().execute(async (trx) => {
    const shop = await trx
      .insertInto('shops')
      .values({ name: SHOP, platform: 'pdd', created_at: `${FIRST_DAY} 00:00:00` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = shop.id;
    const lap = stopwatch();
    const start = `julianday('${FIRST_DAY}')`;
    await sql`
      with recursive n(i) as (select 0 union all select i + 1 from n where i < ${ORDERS - 1})
      insert into orders (shop_id, order_no, paid_at, paid_day, shipped_day, received_day, status, amount_cents, product, courier, import_id)
      select ${id}, 'B' || i,
        date(${sql.raw(start)} + (i * ${DAYS}) / ${ORDERS}) || ' 12:00:00',
        date(${sql.raw(start)} + (i * ${DAYS}) / ${ORDERS}),
        date(${sql.raw(start)} + (i * ${DAYS}) / ${ORDERS} + 1),
        date(${sql.raw(start)} + (i * ${DAYS}) / ${ORDERS} + 4),
        '已签收', 1990, 'P' || (i % 50), case i % 3 when 0 then '顺丰' when 1 then '中通' else '圆通' end, 0
      from n
    `.execute(trx);
    lap('orders');
    await sql`
      with recursive n(i) as (select 0 union all select i + 1 from n where i < ${(ORDERS / 100) * 3 - 1})
      insert into cases (shop_id, case_no, order_no, applied_at, applied_day, completed_at, completed_day, status, intervened_status, type, reason, product, deadline_at, amount_cents, responsible, intervened, platform_initiated, import_id)
      select ${id}, 'C' || i, 'B' || (i * 33),
        date(${sql.raw(start)} + (i * 33 * ${DAYS}) / ${ORDERS} + 3) || ' 10:00:00',
        date(${sql.raw(start)} + (i * 33 * ${DAYS}) / ${ORDERS} + 3),
        case when i % 20 = 0 then null else date(${sql.raw(start)} + (i * 33 * ${DAYS}) / ${ORDERS} + 6) || ' 10:00:00' end,
        case when i % 20 = 0 then null else date(${sql.raw(start)} + (i * 33 * ${DAYS}) / ${ORDERS} + 6) end,
        case when i % 5 < 2 then '平台处理中' else '退款成功' end, null,
        case i % 2 when 0 then '仅退款' else '退货退款' end,
        case i % 4 when 0 then '未收到货' when 1 then '少发漏发' when 2 then '质量问题' else '其他' end,
        'P' || (i % 50),
        date(${sql.raw(start)} + (i * 33 * ${DAYS}) / ${ORDERS} + 5) || ' 10:00:00',
        1990, '', case when i % 5 < 2 then 1 else 0 end, 0, 0
      from n
    `.execute(trx);
    lap('cases');
    await rebuildDaily(trx, id);
    lap('daily');
    return id;
  });
}

/** Seeding takes a while on a busy machine: say where it is, on stderr, when asked. */
function stopwatch() {
  let t = performance.now();
  return (step: string) => {
    const now = performance.now();
    if (process.env.BENCH_VERBOSE) process.stderr.write(`bench seed: ${step} ${((now - t) / 1000).toFixed(1)} s\n`);
    t = now;
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export interface MetricsBench {
  /** getShopReport, everything the dashboard shows. */
  p50Ms: number;
  p95Ms: number;
  /** The same without the drivers: only the daily aggregates are read. */
  figuresP50Ms: number;
  figuresP95Ms: number;
  /** A bare prepared read of the same daily rows, no computation. */
  baselineP50Ms: number;
  orders: number;
  days: number;
}

async function timed(runs: number, f: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

/** On `dbUrl` (a SQLite file, seeded when the shop is missing; or a PostgreSQL database the shop was copied to). */
export const METRICS_SHOP = SHOP;

export async function benchMetrics(dbUrl: string): Promise<MetricsBench> {
  const conn = await openConnection(dbUrl);
  try {
    const shopId = await seed(conn);
    const options = { from: addDays(LAST_DAY, -(DAYS - 1)), to: LAST_DAY, now: new Date(`${LAST_DAY}T04:00:00Z`) };
    const shop = (await shopByName(conn.db, SHOP))!;
    const first = await getShopReport(conn.db, shop, options);
    if (first.days.length !== DAYS || first.drivers.total === 0) throw new Error('bench shop report is incomplete');
    await timed(20, () => getShopReport(conn.db, shop, options));
    const full = await timed(RUNS, () => getShopReport(conn.db, shop, options));
    const figures = await timed(RUNS, () => getShopReport(conn.db, shop, { ...options, drivers: false }));
    const from = addDays(options.from, -60);
    // The bare read: a prepared statement on SQLite; on PostgreSQL the plain query through the pool.
    const bare =
      conn.dialect === 'sqlite'
        ? conn.raw.prepare('select * from daily where shop_id = ? and day between ? and ? order by day')
        : null;
    const baseline = await timed(RUNS, () =>
      bare
        ? bare.all(shopId, from, options.to)
        : sql`select * from daily where shop_id = ${shopId} and day between ${from} and ${options.to} order by day`.execute(
            conn.db,
          ),
    );
    return {
      p50Ms: percentile(full, 50),
      p95Ms: percentile(full, 95),
      figuresP50Ms: percentile(figures, 50),
      figuresP95Ms: percentile(figures, 95),
      baselineP50Ms: percentile(baseline, 50),
      orders: ORDERS,
      days: DAYS,
    };
  } finally {
    await closeConnection(conn);
  }
}
