import { closeConnection } from '../db/connection';
import { findShopByName } from '../db/queries/shops';
import { type CalibrationDefinition, getShopReport } from '../report/shopReport';
import {
  addBackEndFigure,
  type BackEndFigureInput,
  backEndFigureInput,
  definitionInput,
  useDefinition,
} from '../report/shopSettings';
import { parseCliArgs } from './args';
import { type CliContext, CliError, openCliConnection } from './context';
import { resolveShopName } from './metrics';

const USAGE = `calibrate [--shop NAME] [--date YYYY-MM-DD --count N --rate R] [--use ORDERS:INTERVENTIONS|best] [--json]
  --date/--count/--rate: what the back end shows for that date (R as a fraction or "14.84%").
  --use: the definition to keep, e.g. paid:applied, shipped:completed, or best.`;

function parseRate(v: string): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(v.trim());
  if (!m) throw new CliError(`--rate must be a fraction like 0.1484 or a percentage like 14.84%, not "${v}".`);
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}

export async function runCalibrateCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
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
  let entry: BackEndFigureInput | null = null;
  if (adding) {
    if (values.date === undefined || values.count === undefined || values.rate === undefined)
      throw new CliError(`calibrate: give --date, --count and --rate together.\n${USAGE}`);
    const parsed = backEndFigureInput.safeParse({
      date: values.date,
      count: /^\d+$/.test(values.count) ? Number(values.count) : NaN,
      rate: parseRate(values.rate),
    });
    if (!parsed.success)
      throw new CliError(
        `calibrate: ${parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ')}`,
      );
    entry = parsed.data;
  }
  const conn = await openCliConnection(ctx);
  try {
    const shop = await findShopByName(conn.db, await resolveShopName(conn.db, values.shop, 'calibrate'));
    if (!shop) throw new CliError(`calibrate: no shop named "${values.shop}".`);
    if (entry) await addBackEndFigure(conn.db, shop.name, entry);
    if (values.use) {
      let def: CalibrationDefinition | 'best';
      if (values.use === 'best') def = 'best';
      else {
        const [orders, interventions] = values.use.split(':');
        const parsed = definitionInput.safeParse({ orders, interventions });
        if (!parsed.success)
          throw new CliError(
            `calibrate: --use must be ORDERS:INTERVENTIONS (paid|shipped|received : applied|completed) or best, not "${values.use}".`,
          );
        def = parsed.data;
      }
      if (!(await useDefinition(conn.db, shop.name, def)))
        throw new CliError('calibrate --use best: enter a back-end figure first (--date, --count, --rate).');
    }
    const r = (await getShopReport(conn.db, shop.name, { drivers: false }))!;
    const c = r.calibration;
    if (values.json) {
      ctx.out(JSON.stringify({ shop: r.shop, platform: r.platform, ...c }));
      return 0;
    }
    ctx.out(
      `${r.shop} (${r.platform}): uses orders by ${c.current.orders} day, interventions by ${c.current.interventions} day`,
    );
    for (const e of c.entries) {
      const implied = e.impliedOrders === null ? '-' : e.impliedOrders.toFixed(0);
      ctx.out(`${e.date}  back end ${e.count} at ${(e.rate * 100).toFixed(2)}% (÷ ${implied} orders)`);
      for (const x of e.comparisons) {
        const rate = x.rate30d === null ? '-' : `${(x.rate30d * 100).toFixed(2)}%`;
        ctx.out(
          `  ${`${x.orders}:${x.interventions}`.padEnd(19)} ${String(x.interventions30d).padStart(6)} of ${String(x.orders30d).padStart(8)}  ${rate.padStart(7)}  error ${x.error.toFixed(3)}`,
        );
      }
    }
    if (c.best) ctx.out(`best: ${c.best.orders}:${c.best.interventions} (keep it with --use best)`);
    return 0;
  } finally {
    await closeConnection(conn);
  }
}
