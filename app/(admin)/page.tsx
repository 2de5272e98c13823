import Link from 'next/link';
import { LoadSampleButton } from '@/app/_components/LoadSampleButton';
import { ShopTable } from '@/app/_components/ShopTable';
import { allShops } from '@/app/_lib/shops';
import { getConnection } from '@/lib/db/connection';
import { getI18n } from '@/lib/i18n/server';
import { byRisk } from '@/lib/report/riskOrder';
import { shopSummary } from '@/lib/report/summary';
import { countStored } from '@/lib/shops/shops';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const { lang, t } = await getI18n();
  const { db } = await getConnection();
  const [stored, shops] = await Promise.all([countStored(db), allShops()]);
  // A light line per shop (the last 30 days of its daily figures), never a full report.
  // The shop most at risk first: a shop in penalty never sits in the middle of the list.
  const rows = (await Promise.all(shops.map((shop) => shopSummary(db, shop)))).sort(byRisk);
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
