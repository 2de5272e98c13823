import { ImportForm } from '@/app/_components/ImportForm';
import { allShops } from '@/app/_lib/shops';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ shop?: string }> }) {
  const { t } = await getI18n();
  const { shop } = await searchParams;
  const shops = (await allShops()).map((s) => ({ id: s.id, name: s.name, platform: s.platform }));
  const initial = shop && /^\d+$/.test(shop) && shops.some((s) => s.id === Number(shop)) ? Number(shop) : null;
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <ImportForm shops={shops} initialShopId={initial} />
    </>
  );
}
