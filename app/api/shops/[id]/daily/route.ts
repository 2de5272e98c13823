/** GET /api/shops/:id/daily?from=…&to=…: the dashboard's daily series as CSV, formula-safe. */
import { csvDocument, csvResponse } from '@/app/_lib/csv';
import { RouteError, route } from '@/app/_lib/route';
import { getConnection } from '@/lib/db/connection';
import { formatRate } from '@/lib/i18n/format';
import { dailyQuery, idParams } from '@/lib/input/routes';
import { getShopReport } from '@/lib/report/shopReport';
import { shopById } from '@/lib/shops/shops';

export const dynamic = 'force-dynamic';

/** The ratio as `redline metrics --json` gives it: unrounded, so no consumer rounds twice. */
const rate = (r: number | null) => (r === null ? '' : String(r));

export const GET = route({ access: 'admin', params: idParams }, async (request, { params, lang, t }) => {
  const { db } = await getConnection();
  const shop = await shopById(db, params.id);
  if (!shop) throw new RouteError(404, 'shop.missing', 'errors.noShop', { id: params.id });
  const q = dailyQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!q.success) throw new RouteError(400, 'request.invalid_range', 'errors.invalidRange');
  // The figures and the daily counts only: the drivers and the calibration are not in the file.
  const report = await getShopReport(db, shop, {
    ...q.data,
    partialTail: !q.data.to,
    drivers: false,
    calibration: false,
  });
  const daily = new Map(report.daily.map((d) => [d.day, d]));
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
  // The fractions unrounded for a machine, the percentages through the one formatter for people;
  // what is not known is an empty cell, never a dash or a 0 a spreadsheet would add up.
  const pct = (r: number | null) => (r === null ? '' : formatRate(r, lang));
  const rows = report.days.map((d) => [
    shop.name,
    d.date,
    d.orders30d,
    d.interventions30d,
    rate(d.rate30d),
    pct(d.rate30d),
    d.base30d,
    rate(d.baseRate30d),
    pct(d.baseRate30d),
    t(`status.${d.status}`),
    d.status === 'unknown' ? '' : d.streak,
    d.complete ? t('csv.completeYes') : t('csv.completePartial'),
    daily.get(d.date)?.orders ?? '',
    daily.get(d.date)?.interventions ?? '',
  ]);
  const name = `${shop.name}-${report.from ?? ''}-${report.to ?? ''}.csv`;
  return csvResponse(csvDocument([head, ...rows]), name);
});
