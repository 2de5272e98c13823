import { closeConnection } from '../db/connection';
import { formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import { type BackEndFigureInput, backEndFigureInput } from '../input/calibration';
import { definitionInput, describeIssues } from '../input/fields';
import { calibrationInfo } from '../report/calibration';
import { shopBasis } from '../report/shopReport';
import { addBackEndFigure, keepDefinition } from '../report/shopSettings';
import type { Definition } from '../types';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection } from './context';
import { resolveShop } from './shop';

const usage = (lang: Lang) =>
  `calibrate [--shop NAME] [--date YYYY-MM-DD --count N --rate R] [--use ORDERS:INTERVENTIONS|best] [--json]\n${translator(lang)('cliText.calibrateUsageNote')}`;

function parseRate(v: string): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(v.trim());
  if (!m) throw new CliError('cliError.rate', { value: v });
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
  const lang = cliLang(undefined);
  const adding = values.date !== undefined || values.count !== undefined || values.rate !== undefined;
  let entry: BackEndFigureInput | null = null;
  if (adding) {
    if (values.date === undefined || values.count === undefined || values.rate === undefined)
      throw new CliError('cliError.figureTogether', { command: 'calibrate' }, usage);
    const parsed = backEndFigureInput.safeParse({
      date: values.date,
      count: /^\d+$/.test(values.count) ? Number(values.count) : NaN,
      rate: parseRate(values.rate),
    });
    if (!parsed.success)
      throw new CliError('cliError.invalid', {
        command: 'calibrate',
        detail: describeIssues(parsed.error, lang, (f) => `--${f}`),
      });
    entry = parsed.data;
  }
  const conn = await openCliConnection(ctx);
  try {
    let shop = await resolveShop(conn.db, values.shop, 'calibrate');
    if (entry) await addBackEndFigure(conn.db, shop, entry);
    if (values.use) {
      let def: Definition | 'best';
      if (values.use === 'best') def = 'best';
      else {
        const [orders, interventions] = values.use.split(':');
        const parsed = definitionInput.safeParse({ orders, interventions });
        if (!parsed.success) throw new CliError('cliError.use', { command: 'calibrate', value: values.use });
        def = parsed.data;
      }
      const kept = await keepDefinition(conn.db, shop, def);
      if (!kept) throw new CliError('cliError.needFigure', { command: 'calibrate --use best' });
      shop = { ...shop, order_basis: kept.orders, intervention_basis: kept.interventions };
    }
    // The calibration alone: no report is built to read it.
    const c = await calibrationInfo(conn.db, shop.id, shopBasis(shop));
    if (values.json) {
      ctx.out(JSON.stringify({ shop: shop.name, platform: shop.platform, ...c }));
      return 0;
    }
    ctx.out(
      `${shop.name} (${shop.platform}): uses orders by ${c.current.orders} day, interventions by ${c.current.interventions} day`,
    );
    for (const e of c.entries) {
      const implied = e.impliedOrders === null ? '-' : e.impliedOrders.toFixed(0);
      ctx.out(`${e.date}  back end ${e.count} at ${formatRate(e.rate, 'en')} (÷ ${implied} orders)`);
      for (const x of e.comparisons) {
        const rate = x.rate30d === null ? '-' : formatRate(x.rate30d, 'en');
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
