import { closeConnection } from '../db/connection';
import { formatRate } from '../i18n/format';
import { platformName } from '../i18n/platforms';
import { translator } from '../i18n/translate';
import { getShopReport } from '../report/shopReport';
import type { ReportDay, ShopReport } from '../report/types';
import { describeLine, ruleJson } from '../rules/describe';
import { FIRST_DAY, isDayInBounds, MAX_RANGE_DAYS, rangeProblem } from '../time/bounds';
import { isDayKey } from '../time/china';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection } from './context';
import { resolveShop } from './shop';

const dayJson = (d: ReportDay) => ({
  date: d.date,
  orders30d: d.orders30d,
  interventions30d: d.interventions30d,
  rate30d: d.rate30d,
  ruleCount30d: d.ruleCount30d,
  base30d: d.base30d,
  baseRate30d: d.baseRate30d,
  status: d.status,
  streak: d.streak,
  complete: d.complete,
});

function figuresJson(
  r: Pick<ShopReport, 'headroom' | 'rollOff' | 'daysUntilSafe' | 'safety' | 'forecast' | 'forecastSummary'>,
) {
  return {
    headroom: r.headroom,
    rollOff: r.rollOff,
    daysUntilSafe: r.daysUntilSafe,
    safety: r.safety,
    forecast: r.forecast,
    forecastSummary: r.forecastSummary,
  };
}

export function reportJson(m: ShopReport) {
  return {
    shop: m.shop,
    platform: m.platform,
    from: m.from,
    to: m.to,
    now: m.now,
    basis: m.basis,
    mainRule: m.mainRule,
    coverage: m.coverage,
    headlineDay: m.headlineDay,
    missing: m.missing,
    stale: m.stale,
    days: m.days.map(dayJson),
    ...figuresJson(m),
    drivers: m.drivers,
    rules: m.rules.map((r) => ({
      ...ruleJson(r.rule),
      days: r.days.map(dayJson),
      ...figuresJson(r),
      drivers: m.drivers,
    })),
    calibration: m.calibration,
  };
}

export async function runMetricsCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      shop: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const lang = cliLang(values.lang);
  for (const k of ['from', 'to'] as const) {
    const v = values[k];
    if (v !== undefined && !isDayKey(v)) throw new CliError('cliError.date', { flag: k, value: v });
    if (v !== undefined && !isDayInBounds(v))
      throw new CliError('cliError.dateBounds', { flag: k, value: v, first: FIRST_DAY });
  }
  const problem = values.from && values.to ? rangeProblem(values.from, values.to) : null;
  if (problem)
    throw new CliError('cliError.invalid', {
      command: 'metrics',
      detail: translator(lang)(`input.${problem}`, { first: FIRST_DAY, n: MAX_RANGE_DAYS } as never),
    });
  const conn = await openCliConnection(ctx);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'metrics');
    const m = await getShopReport(conn.db, shop, { from: values.from, to: values.to });
    if (values.json) {
      ctx.out(JSON.stringify(reportJson(m)));
      return 0;
    }
    printText(ctx, m, lang);
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

function printText(ctx: CliContext, m: ShopReport, lang: 'zh' | 'en') {
  const t = translator(lang);
  ctx.out(`${m.shop} (${platformName(m.platform, lang)})`);
  const main = m.rules[0]?.rule;
  if (main)
    ctx.out(
      t('cli.mainRule', {
        name: main.name[lang],
        line: describeLine(main, lang),
        public: main.source.public ? 'yes' : 'no',
      }),
    );
  const spans = (list: { from: string; to: string }[]) =>
    list.length ? list.map((x) => `${x.from}…${x.to}`).join(', ') : t('coverage.notImported');
  ctx.out(t('coverage.summary', { orders: spans(m.coverage.orders), afterSales: spans(m.coverage.afterSales) }));
  if (m.stale) ctx.out(t('stale.banner', { day: m.stale.day, n: m.stale.daysOld }));
  if (!m.headlineDay && m.days.length) {
    ctx.out(t('coverage.noVerdict'));
    for (const x of m.missing)
      ctx.out(
        `  ${t('coverage.importFor', { kind: t(x.kind === 'orders' ? 'coverage.kindOrders' : 'coverage.kindAfterSales'), from: x.from, to: x.to })}`,
      );
  }
  ctx.out(t('cli.table'));
  // "-" alone could read as zero: say once what it means.
  if (m.days.some((d) => d.orders30d === null || d.interventions30d === null || d.rate30d === null))
    ctx.out(t('cli.dashLegend'));
  for (const d of m.days) {
    const rate = d.rate30d === null ? '-' : formatRate(d.rate30d, lang);
    ctx.out(
      `${d.date}  ${String(d.orders30d ?? '-').padStart(9)}  ${String(d.interventions30d ?? '-').padStart(16)}  ${rate.padStart(7)}  ${t(`status.${d.status}`)}${d.complete ? '' : ` (${t('coverage.partial')})`}`,
    );
  }
  if (!main || !m.to || !m.headlineDay) return;
  ctx.out(t('cli.headroom', { n: m.headroom ?? '-' }));
  if (m.safety?.overNow) {
    ctx.out(
      t('cli.safeAgain', {
        day: m.safety.safeOn ?? '-',
        days: m.daysUntilSafe === null ? '-' : t('common.days', { n: m.daysUntilSafe }),
      }),
    );
    for (const p of m.safety.penalties) ctx.out(t('cli.penaltyEnds', { name: p.name[lang], day: p.endsOn ?? '-' }));
  }
  const leaving = m.rollOff.filter((r) => r.leaving > 0).slice(0, 7);
  if (leaving.length) ctx.out(t('cli.leaving', { list: leaving.map((r) => `${r.date} ${r.leaving}`).join(', ') }));
  const s = m.forecastSummary;
  if (s && m.safety?.overNow)
    ctx.out(t('cli.forecastUnder', { none: s.firstUnder.none ?? '-', pace: s.firstUnder.pace ?? '-' }));
  else if (s) ctx.out(t('cli.forecast', { none: s.firstOver.none ?? '-', pace: s.firstOver.pace ?? '-' }));
  if (m.drivers.byReason.length)
    ctx.out(
      t('cli.reasons', {
        list: m.drivers.byReason
          .slice(0, 5)
          .map((g) => `${g.key || '-'} ${g.count}`)
          .join(', '),
      }),
    );
}
