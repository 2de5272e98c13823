import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RangePicker } from '@/app/_components/RangePicker';
import { ShareLinks } from '@/app/_components/ShareLinks';
import { ShopReportView } from '@/app/_components/ShopReportView';
import { ShopSwitcher } from '@/app/_components/ShopSwitcher';
import { dashboardView, type Search } from '@/app/_lib/dashboard';
import { allShops, shopFromParam } from '@/app/_lib/shops';
import { platformName } from '@/lib/i18n/platforms';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export default async function ShopDashboard({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const shop = await shopFromParam(id);
  if (!shop) notFound();
  const { lang, t } = await getI18n();
  // The default range ends on the latest complete day (or the latest with data, when none is complete).
  const [{ latest, range, report }, shops] = await Promise.all([dashboardView(shop, await searchParams), allShops()]);
  const base = `/shops/${shop.id}`;
  const query = range ? (range.kind === 'preset' ? `?days=${range.days}` : `?from=${range.from}&to=${range.to}`) : '';
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('dash.title', { shop: shop.name })}</h1>
          <p className="muted">{platformName(shop.platform, lang)}</p>
        </div>
        <div className="actions">
          <Link className="button" href={`${base}/settings`}>
            {t('dash.settings')}
          </Link>
          <Link className="button" href={`/import?shop=${shop.id}`}>
            {t('nav.import')}
          </Link>
        </div>
      </div>
      <div className="toolbar">
        {shops.length > 1 && (
          <ShopSwitcher shops={shops.map((s) => ({ id: s.id, name: s.name }))} current={shop.id} query={query} />
        )}
        {range && <RangePicker base={base} range={range} lang={lang} />}
        {range && (
          <a
            className="button"
            href={`/api/shops/${shop.id}/daily?from=${range.from}&to=${range.to}`}
            download
            data-testid="daily-csv"
          >
            {t('dash.downloadCsv')}
          </a>
        )}
      </div>
      {!report || !latest ? (
        <section className="empty-state">
          <p>{t('dash.noData')}</p>
          <p>
            <Link className="button button-primary" href={`/import?shop=${shop.id}`}>
              {t('home.importFirst')}
            </Link>
          </p>
        </section>
      ) : (
        <ShopReportView report={report} daily={report.daily} lang={lang} importHref={`/import?shop=${shop.id}`} />
      )}
      <ShareLinks shopId={shop.id} />
    </>
  );
}
