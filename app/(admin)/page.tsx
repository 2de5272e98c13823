import Link from 'next/link';
import { LoadSampleButton } from '@/app/_components/LoadSampleButton';
import { type ShopRow, ShopTable } from '@/app/_components/ShopTable';
import { getConnection } from '@/lib/db/connection';
import { countStored, listShops } from '@/lib/db/queries/shops';
import { getI18n } from '@/lib/i18n/server';
import { getShopReport } from '@/lib/report/shopReport';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const { lang, t } = await getI18n();
  const { db } = await getConnection();
  const stored = await countStored(db);
  const shops = await listShops(db);
  const rows: ShopRow[] = [];
  for (const shop of shops) {
    const report = await getShopReport(db, shop.name, { drivers: false });
    // The latest complete day leads, as on the dashboard; without one there is no verdict.
    const latest = report?.rules[0]?.latest ?? null;
    const rule = report?.rules[0]?.rule ?? null;
    // The threshold is about the rule's own rate: that one is the figure, the plain rate second.
    const byCases = rule?.base === 'afterSalesOrders';
    rows.push({
      id: shop.id,
      name: shop.name,
      platform: shop.platform,
      latestDay: latest?.date ?? null,
      ruleRate: latest?.baseRate30d ?? null,
      rate30d: byCases ? (latest?.rate30d ?? null) : null,
      count30d: latest?.interventions30d ?? null,
      rateLine: rule?.effectiveRate ?? null,
      countLine: rule?.count ?? null,
      status: latest?.status ?? (report?.days.length ? 'unknown' : null),
      streak: latest?.streak ?? 0,
      trend: (report?.days ?? [])
        .filter((d) => d.complete)
        .slice(-30)
        .map((d) => d.baseRate30d),
      stale: report?.stale ?? null,
    });
  }
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {rows.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title" className="sr-only">
            {t('home.title')}
          </h2>
          <p>{t('home.empty')}</p>
          <div className="actions">
            <Link className="button button-primary" href="/import">
              {t('home.importFirst')}
            </Link>
            <LoadSampleButton />
          </div>
        </section>
      ) : (
        <>
          <ShopTable rows={rows} lang={lang} />
          <p className="muted" data-testid="stored">
            {t('home.stored', { shops: stored.shops, orders: stored.orders })}
          </p>
          <p className="actions">
            <Link className="button button-primary" href="/import">
              {t('home.importFirst')}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
