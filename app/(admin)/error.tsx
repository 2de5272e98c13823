'use client';
import { useI18n } from '@/lib/i18n/client';

/** A page that failed to load says so in the merchant's language, with a way to try again; never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <section className="empty-state" role="alert">
      <h1>{t('common.error')}</h1>
      <p>{t('common.errorBody')}</p>
      <button type="button" className="button" onClick={reset}>
        {t('common.retry')}
      </button>
    </section>
  );
}
