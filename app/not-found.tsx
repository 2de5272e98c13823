import Link from 'next/link';
import { getI18n } from '@/lib/i18n/server';

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <main>
      <section className="empty-state">
        <h1>{t('common.notFound')}</h1>
        <p>{t('common.notFoundBody')}</p>
        <p>
          <Link href="/">{t('common.backHome')}</Link>
        </p>
      </section>
    </main>
  );
}
