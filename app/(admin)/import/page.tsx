import { ImportForm } from '@/app/_components/ImportForm';
import { getConnection } from '@/lib/db/connection';
import { listShops } from '@/lib/db/queries/shops';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ shop?: string }> }) {
  const { t } = await getI18n();
  const { shop } = await searchParams;
  const { db } = await getConnection();
  const shops = (await listShops(db)).map((s) => ({ id: s.id, name: s.name, platform: s.platform }));
  const initial = shop && /^\d+$/.test(shop) && shops.some((s) => s.id === Number(shop)) ? Number(shop) : null;
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <ImportForm shops={shops} initialShopId={initial} />
    </>
  );
}
