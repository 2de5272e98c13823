'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { loadSampleAction } from '@/app/(admin)/actions';
import { useI18n } from '@/lib/i18n/client';

/** Builds the demo shop through the real import, then opens its dashboard. */
export function LoadSampleButton() {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="sample">
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            const r = await loadSampleAction();
            if (r.ok) router.push(`/shops/${r.shopId}`);
            else setError(t('home.sampleFailed', { message: r.message }));
          })
        }
      >
        {pending ? t('home.loadingSample') : t('home.loadSample')}
      </button>
      <p role="status" aria-live="polite" className="error-text">
        {error}
      </p>
    </div>
  );
}
