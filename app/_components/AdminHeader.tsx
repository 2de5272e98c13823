import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';
import { LanguageSwitch } from './LanguageSwitch';

/** The admin side's header: brand, navigation, language, and logout when the admin side is locked. The shared report has its own. */
export function AdminHeader({ t, locked = false }: { t: Translate; locked?: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <Link href="/">{t('nav.home')}</Link>
          <Link href="/import">{t('nav.import')}</Link>
        </nav>
        <LanguageSwitch />
        {locked && (
          <form method="post" action="/api/auth/logout" className="logout-form">
            <button type="submit" className="button">
              {t('nav.logout')}
            </button>
          </form>
        )}
      </div>
    </header>
  );
}
