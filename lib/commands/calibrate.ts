import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeConnection, openConnection } from '../db/connection';
import { addCalibrationEntry } from '../db/queries/calibrationEntries';
import { setShopBasis } from '../db/queries/setShopBasis';
import { findShopByName } from '../db/queries/shops';
import { getShopReport } from '../report/shopReport';
import { chinaWallClock, isDayKey } from '../time/china';
import { CliError, type CliContext } from './context';
import { resolveShopName } from './metrics';

const USAGE = `calibrate [--shop NAME] [--date YYYY-MM-DD --count N --rate R] [--use ORDERS:INTERVENTIONS|best] [--json]
  --date/--count/--rate: what the back end shows for that date (R as a fraction or "14.84%").
  --use: the definition to keep, e.g. paid:applied, shipped:completed, or best.`;

const entryInput = z.object({
  date: z.string().refine(isDayKey, 'a date like 2024-03-01'),
  count: z.number().int().min(0),
  rate: z.number().min(0).max(1),
});
const useInput = z.object({ orders: z.enum(['paid', 'shipped', 'received']), interventions: z.enum(['applied', 'completed']) });

function parseRate(v: string): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(v.trim());
  if (!m) throw new CliError(`--rate must be a fraction like 0.1484 or a percentage like 14.84%, not "${v}".`);
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}

export async function runCalibrateCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      shop: { type: 'string' },
      date: { type: 'string' },
      count: { type: 'string' },
      rate: { type: 'string' },
      use: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const adding = values.date !== undefined || values.count !== undefined || values.rate !== undefined;
  let entry: z.infer<typeof entryInput> | null = null;
  if (adding) {
    if (values.date === undefined || values.count === undefined || values.rate === undefined) throw new CliError(`calibrate: give --date, --count and --rate together.\n${USAGE}`);
    const parsed = entryInput.safeParse({ date: values.date, count: /^\d+$/.test(values.count) ? Number(values.count) : NaN, rate: parseRate(values.rate) });
    if (!parsed.success) throw new CliError(`calibrate: ${parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ')}`);
    entry = parsed.data;
  }
  const conn = await openConnection();
  try {
    const shop = await findShopByName(conn.db, await resolveShopName(conn.db, values.shop, 'calibrate'));
    if (!shop) throw new CliError(`calibrate: no shop named "${values.shop}".`);
    if (entry) await addCalibrationEntry(conn.db, { shopId: shop.id, day: entry.date, count: entry.count, rate: entry.rate, createdAt: chinaWallClock() });
    if (values.use) {
      let basis;
      if (values.use === 'best') {
        const r = await getShopReport(conn.db, shop.name);
        if (!r?.calibration.best) throw new CliError('calibrate --use best: enter a back-end figure first (--date, --count, --rate).');
        basis = { orders: r.calibration.best.orders, interventions: r.calibration.best.interventions };
      } else {
        const [orders, interventions] = values.use.split(':');
        const parsed = useInput.safeParse({ orders, interventions });
        if (!parsed.success) throw new CliError(`calibrate: --use must be ORDERS:INTERVENTIONS (paid|shipped|received : applied|completed) or best, not "${values.use}".`);
        basis = parsed.data;
      }
      await setShopBasis(conn.db, shop.id, basis);
    }
    const r = (await getShopReport(conn.db, shop.name))!;
    const c = r.calibration;
    if (values.json) {
      ctx.out(JSON.stringify({ shop: r.shop, platform: r.platform, ...c }));
      return 0;
    }
    ctx.out(`${r.shop} (${r.platform}): uses orders by ${c.current.orders} day, interventions by ${c.current.interventions} day`);
    for (const e of c.entries) {
      const implied = e.impliedOrders === null ? '-' : e.impliedOrders.toFixed(0);
      ctx.out(`${e.date}  back end ${e.count} at ${(e.rate * 100).toFixed(2)}% (÷ ${implied} orders)`);
      for (const x of e.comparisons) {
        const rate = x.rate30d === null ? '-' : (x.rate30d * 100).toFixed(2) + '%';
        ctx.out(`  ${`${x.orders}:${x.interventions}`.padEnd(19)} ${String(x.interventions30d).padStart(6)} of ${String(x.orders30d).padStart(8)}  ${rate.padStart(7)}  error ${x.error.toFixed(3)}`);
      }
    }
    if (c.best) ctx.out(`best: ${c.best.orders}:${c.best.interventions} (keep it with --use best)`);
    return 0;
  } finally {
    await closeConnection(conn);
  }
}
