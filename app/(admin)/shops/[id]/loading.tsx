import { getI18n } from '@/lib/i18n/server';

/** Placeholders the size of what comes, so nothing jumps when the data arrives. */
export default async function Loading() {
  const { t } = await getI18n();
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">{t('common.loading')}</p>
      <div className="skeleton skeleton-line" />
      <div className="cards">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="skeleton skeleton-card" />
        ))}
      </div>
      <div className="skeleton skeleton-chart" />
      <div className="skeleton skeleton-chart" />
    </div>
  );
}
