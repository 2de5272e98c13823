import { LanguageSwitch } from '@/app/_components/LanguageSwitch';
import type { Translate } from '@/lib/i18n/translate';

interface Props {
  token: string;
  error: 'wrong' | null;
  /** Seconds before the next try is looked at (after wrong passwords), or null. */
  waitSeconds: number | null;
  t: Translate;
}

/**
 * The password form a protected link shows first. A plain form post: it works without JavaScript.
 * Wrong passwords slow the next try down (never more than a minute), they never lock the link.
 * In the visitor's language, with the switch for one who reads the other.
 */
export function PasswordGate({ token, error, waitSeconds, t }: Props) {
  return (
    <form className="share-gate" method="post" action={`/r/${token}/unlock`} data-testid="share-password-form">
      <LanguageSwitch />
      <h1>{t('shared.gateTitle')}</h1>
      {waitSeconds !== null ? (
        <p className="share-error" role="alert" data-testid="share-wait">
          {t('shared.wait', { n: waitSeconds })}
        </p>
      ) : error === 'wrong' ? (
        <p className="share-error" role="alert" data-testid="share-wrong">
          {t('shared.wrong')}
        </p>
      ) : null}
      <label htmlFor="share-password">{t('shared.password')}</label>
      <input
        id="share-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={256}
        // biome-ignore lint/a11y/noAutofocus: the page is this one field, there only to type the password: the case the HTML standard gives autofocus for
        autoFocus
      />
      <button type="submit">{t('shared.view')}</button>
      <p className="share-note">{t('shared.note')}</p>
    </form>
  );
}
