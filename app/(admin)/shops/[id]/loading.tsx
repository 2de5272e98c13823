import { getI18n } from '@/lib/i18n/server';

/** One placeholder per headline card (HeadlineCards), named for the card it stands in for. */
const CARDS = ['rate', 'count', 'orders', 'status', 'headroom', 'safe'] as const;

/** Placeholders the size of what comes, so nothing jumps when the data arrives. */
export default async function Loading() {
  const { t } = await getI18n();
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">{t('common.loading')}</p>
      <div className="skeleton skeleton-line" />
      <div className="cards">
        {CARDS.map((card) => (
          <div key={card} className="skeleton skeleton-card" />
        ))}
      </div>
      <div className="skeleton skeleton-chart" />
      <div className="skeleton skeleton-chart" />
    </div>
  );
}
