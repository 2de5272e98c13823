import { parseArgs } from 'node:util';
import { closeConnection, openConnection } from '../db/connection';
import { listShops } from '../db/queries/shops';
import { shopMetrics } from '../report/shopMetrics';
import { isDayKey } from '../time/china';
import { CliError, type CliContext } from './context';

/** Rates in JSON keep five decimals: enough for a percentage with two. */
export const roundRate = (r: number | null) => (r === null ? null : Math.round(r * 1e5) / 1e5);

export async function runMetricsCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      shop: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  for (const k of ['from', 'to'] as const) {
    const v = values[k];
    if (v !== undefined && !isDayKey(v)) throw new CliError(`--${k} must be a date like 2024-03-01, not "${v}".`);
  }
  const conn = await openConnection();
  try {
    let shopName = values.shop;
    if (!shopName) {
      const shops = await listShops(conn.db);
      if (shops.length !== 1) throw new CliError(`metrics: name the shop with --shop (stored: ${shops.map((s) => s.name).join(', ') || 'none'}).`);
      shopName = shops[0].name;
    }
    const m = await shopMetrics(conn.db, shopName, { from: values.from, to: values.to });
    if (!m) throw new CliError(`metrics: no shop named "${shopName}".`);
    const days = m.days.map((d) => ({ ...d, rate30d: roundRate(d.rate30d) }));
    if (values.json) {
      ctx.out(JSON.stringify({ shop: m.shop, platform: m.platform, days }));
    } else {
      ctx.out(`${m.shop} (${m.platform})`);
      ctx.out('date        orders30d  interventions30d  rate30d');
      for (const d of days) {
        const rate = d.rate30d === null ? '-' : (d.rate30d * 100).toFixed(2) + '%';
        ctx.out(`${d.date}  ${String(d.orders30d).padStart(9)}  ${String(d.interventions30d).padStart(16)}  ${rate.padStart(7)}`);
      }
    }
    return 0;
  } finally {
    await closeConnection(conn);
  }
}
