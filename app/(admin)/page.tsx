import Link from 'next/link';
import { LoadSampleButton } from '@/app/_components/LoadSampleButton';
import { type ShopRow, ShopTable } from '@/app/_components/ShopTable';
import { getConnection } from '@/lib/db/connection';
import { countStored, listShops } from '@/lib/db/queries/shops';
import { formatInt } from '@/lib/i18n/format';
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
    const report = await getShopReport(db, shop.name);
    const latest = report?.days.at(-1) ?? null;
    const rule = report?.rules[0]?.rule ?? null;
    // The threshold is about the rule's own rate; draw that one against it.
    const byCases = rule?.base === 'afterSalesOrders';
    rows.push({
      id: shop.id,
      name: shop.name,
      platform: shop.platform,
      latestDay: latest?.date ?? null,
      rate30d: latest?.rate30d ?? null,
      ruleRate: byCases ? (latest?.baseRate30d ?? null) : null,
      count30d: latest?.interventions30d ?? null,
      rateLine: rule?.effectiveRate ?? null,
      countLine: rule?.count ?? null,
      status: latest?.status ?? null,
      streak: latest?.streak ?? 0,
      trend: (report?.days ?? []).slice(-30).map((d) => (byCases ? d.baseRate30d : d.rate30d)),
    });
  }
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {rows.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title" className="sr-only">{t('home.title')}</h2>
          <p>{t('home.empty')}</p>
          <div className="actions">
            <Link className="button button-primary" href="/import">{t('home.importFirst')}</Link>
            <LoadSampleButton />
          </div>
        </section>
      ) : (
        <>
          <ShopTable rows={rows} lang={lang} />
          <p className="muted" data-testid="stored">{t('home.stored', { shops: formatInt(stored.shops, lang), orders: formatInt(stored.orders, lang) })}</p>
          <p className="actions"><Link className="button button-primary" href="/import">{t('home.importFirst')}</Link></p>
        </>
      )}
    </>
  );
}
