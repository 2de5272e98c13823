/** GET /api/shops/:id/daily?from=…&to=…: the dashboard's daily series as CSV, formula-safe. */
import { z } from 'zod';
import { csvDocument, csvResponse } from '@/app/_lib/csv';
import { loadDashboard } from '@/app/_lib/dashboardData';
import { apiError, route } from '@/app/_lib/route';
import { shopFromParam } from '@/app/_lib/shops';
import { getConnection } from '@/lib/db/connection';
import { formatRate } from '@/lib/i18n/format';
import { getLang } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n/translate';
import { rangeProblem } from '@/lib/time/bounds';
import { isDayKey } from '@/lib/time/china';

export const dynamic = 'force-dynamic';

const Day = z.string().refine(isDayKey);
/** Both dates or neither: one range of at most 3 years between 2000-01-01 and tomorrow. */
const Query = z
  .object({ from: Day.optional(), to: Day.optional() })
  .refine(
    (q) => (q.from === undefined) === (q.to === undefined) && (!q.from || !q.to || rangeProblem(q.from, q.to) === null),
  );

/** The ratio as `redline metrics --json` gives it: unrounded, so no consumer rounds twice. */
const rate = (r: number | null) => (r === null ? '' : String(r));

export const GET = route<{ params: Promise<{ id: string }> }>({ access: 'admin' }, async (request, ctx) => {
  const { id } = await ctx.params;
  const shop = await shopFromParam(id);
  if (!shop) return new Response('Not found', { status: 404 });
  const q = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!q.success)
    return apiError(400, {
      code: 'request.invalid_range',
      zh: 'from 与 to 须同时给出，格式如 2024-03-01，在 2000-01-01 至明天之间，跨度不超过 3 年。',
      en: 'Give both from and to, dates like 2024-03-01 between 2000-01-01 and tomorrow, at most 3 years apart.',
    });
  const lang = await getLang();
  const t = translator(lang);
  const { db } = await getConnection();
  const data = await loadDashboard(db, shop.name, { ...q.data, partialTail: !q.data.to });
  if (!data) return new Response('Not found', { status: 404 });
  const daily = new Map(data.daily.map((d) => [d.day, d]));
  const head = [
    t('csv.shop'),
    t('csv.date'),
    t('csv.orders30d'),
    t('csv.interventions30d'),
    t('csv.rate30d'),
    t('csv.rate30dPct'),
    t('csv.base30d'),
    t('csv.baseRate30d'),
    t('csv.baseRate30dPct'),
    t('csv.status'),
    t('csv.streak'),
    t('csv.complete'),
    t('kind.orders'),
    t('chart.dailySeries'),
  ];
  // The fractions unrounded for a machine, the percentages through the one formatter for people.
  const rows = data.report.days.map((d) => [
    shop.name,
    d.date,
    d.orders30d,
    d.interventions30d,
    rate(d.rate30d),
    formatRate(d.rate30d, lang),
    d.base30d,
    rate(d.baseRate30d),
    formatRate(d.baseRate30d, lang),
    d.status,
    d.streak,
    d.complete ? t('csv.completeYes') : t('csv.completePartial'),
    daily.get(d.date)?.orders ?? 0,
    daily.get(d.date)?.interventions ?? 0,
  ]);
  const name = `${shop.name}-${data.report.from ?? ''}-${data.report.to ?? ''}.csv`;
  return csvResponse(csvDocument([head, ...rows]), name);
});
