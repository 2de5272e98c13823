import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';
import { LanguageSwitch } from './LanguageSwitch';

/** The admin side's header: brand, navigation, language. The shared report has its own. */
export function AdminHeader({ t }: { t: Translate }) {
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
      </div>
    </header>
  );
}
