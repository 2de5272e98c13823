import { getI18n } from '@/lib/i18n/server';

/**
 * The one answer for a token that is unknown, one character off, revoked or expired: nothing here
 * says which, so a guesser learns nothing from it.
 */
export default async function ShareNotFound() {
  const { t } = await getI18n();
  return (
    <div className="share-gate" data-testid="share-not-found">
      <h1>{t('shared.invalidTitle')}</h1>
      <p>{t('shared.invalidBody')}</p>
    </div>
  );
}
