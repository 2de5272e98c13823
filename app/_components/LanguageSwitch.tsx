'use client';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { LANG_COOKIE, LANG_COOKIE_MAX_AGE, LANGS, type Lang } from '@/lib/i18n/lang';

/** 中文 / English. The choice is a cookie, so every later page (and the shared report) keeps it. */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (next: Lang) => {
    if (next === lang) return;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from older browsers merchants still use; the value is one of two fixed words
    document.cookie = `${LANG_COOKIE}=${next}; path=/; max-age=${LANG_COOKIE_MAX_AGE}; samesite=lax`;
    startTransition(() => router.refresh());
  };
  return (
    <fieldset className="lang-switch" aria-label={t('lang.label')}>
      <span className="lang-label" aria-hidden="true">
        {t('lang.label')}
      </span>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={l === lang}
          disabled={pending}
          onClick={() => choose(l)}
          data-testid={`lang-${l}`}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </fieldset>
  );
}
