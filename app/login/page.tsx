import type { Metadata } from 'next';
import { connection } from 'next/server';
import { LanguageSwitch } from '@/app/_components/LanguageSwitch';
import { safeNextPath } from '@/lib/auth/http';
import { adminPassword } from '@/lib/auth/sessions';
import { getI18n } from '@/lib/i18n/server';
import '../r/_components/share.css';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t('app.name')} · ${t('login.title')}`, robots: { index: false, follow: false } };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; e?: string; s?: string }>;
}) {
  await connection();
  const { next, e, s } = await searchParams;
  const wait = Math.min(60, Math.max(1, Number.parseInt(s ?? '', 10) || 1));
  const { t } = await getI18n();
  if (!adminPassword()) {
    return (
      <main className="share-gate" data-testid="login-not-needed">
        <LanguageSwitch />
        <h1>{t('login.notNeeded')}</h1>
        <p>{t('login.notNeededBody')}</p>
        <p>
          <a href="/">{t('common.backHome')}</a>
        </p>
      </main>
    );
  }
  return (
    <main>
      <form className="share-gate" method="post" action="/api/auth/login" data-testid="login-form">
        <LanguageSwitch />
        <h1>{t('login.heading')}</h1>
        {e === 'wrong' ? (
          <p className="share-error" role="alert">
            {t('login.wrong')}
          </p>
        ) : e === 'wait' ? (
          <p className="share-error" role="alert" data-testid="login-wait">
            {t('login.wait', { n: wait })}
          </p>
        ) : null}
        <input type="hidden" name="next" value={safeNextPath(next)} />
        <label htmlFor="admin-password">{t('login.password')}</label>
        <input
          id="admin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          // biome-ignore lint/a11y/noAutofocus: the page is this one field, there only to type the password: the case the HTML standard gives autofocus for
          autoFocus
        />
        <button type="submit">{t('login.submit')}</button>
      </form>
    </main>
  );
}
