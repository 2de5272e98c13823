'use client';
/**
 * A shop's share links: the live ones in a table, each revoked only after a second, explicit
 * click; the revoked and expired ones folded away in an "ended" list. Each row says what the link
 * shows (the figures only, or the order tables too).
 *
 *   <ShareLinkList links={links} onRevoke={(id) => …} />
 */
import { Fragment, useState } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { formatDateTime } from '@/lib/i18n/format';
import type { ShareLinkSummary } from '@/lib/share/links';

export function ShareLinkList({
  links,
  onRevoke,
}: {
  links: ShareLinkSummary[];
  onRevoke: (id: string) => Promise<void>;
}) {
  const { lang, t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const live = links.filter((l) => l.state === 'active');
  const ended = links.filter((l) => l.state !== 'active');
  const name = (l: ShareLinkSummary) => l.label || '—';
  const rangeText = (l: ShareLinkSummary) =>
    l.range.kind === 'rolling' ? t('share.rolling', { n: l.range.days }) : `${l.range.from} – ${l.range.to}`;
  const includes = (l: ShareLinkSummary) => (l.includeOrders ? t('share.withOrders') : t('share.figuresOnly'));

  return (
    <>
      {live.length === 0 && <p className="muted">{t('share.none')}</p>}
      {live.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="share-list">
            <thead>
              <tr>
                <th scope="col">{t('share.colLabel')}</th>
                <th scope="col">{t('share.colRange')}</th>
                <th scope="col">{t('share.colIncludes')}</th>
                <th scope="col">{t('share.colExpires')}</th>
                <th scope="col">{t('share.colPassword')}</th>
                <th scope="col" className="num">
                  {t('share.colViews')}
                </th>
                <th scope="col">{t('share.colLast')}</th>
                <th scope="col">
                  <span className="sr-only">{t('share.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {live.map((l) => (
                <Fragment key={l.id}>
                  <tr data-link-id={l.id}>
                    <td>{name(l)}</td>
                    <td>{rangeText(l)}</td>
                    <td data-testid="share-includes">{includes(l)}</td>
                    <td>{l.expiresAt ? formatDateTime(l.expiresAt, lang) : t('share.never')}</td>
                    <td>{l.hasPassword ? t('share.yes') : t('share.no')}</td>
                    <td className="num">{l.views}</td>
                    <td>{formatDateTime(l.lastViewedAt, lang)}</td>
                    <td className="row-actions">
                      <button
                        className="button"
                        type="button"
                        disabled={confirming === l.id}
                        onClick={() => setConfirming(l.id)}
                        aria-label={t('share.revokeLabel', { label: l.label || l.id })}
                      >
                        {t('share.revoke')}
                      </button>
                    </td>
                  </tr>
                  {/* Its own row under the link, from the table's left edge: on a phone it is on screen. */}
                  {confirming === l.id && (
                    <tr className="confirm-row">
                      <td colSpan={8}>
                        <fieldset className="inline-confirm" aria-label={t('share.confirmLabel', { label: name(l) })}>
                          <span>{t('share.confirmText')}</span>
                          <button
                            className="button button-danger"
                            type="button"
                            onClick={() => {
                              setConfirming(null);
                              void onRevoke(l.id);
                            }}
                          >
                            {t('share.confirmRevoke')}
                          </button>
                          <button className="button" type="button" onClick={() => setConfirming(null)}>
                            {t('share.cancel')}
                          </button>
                        </fieldset>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ended.length > 0 && (
        <details className="ended-links" data-testid="share-ended">
          <summary>{t('share.ended', { n: ended.length })}</summary>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('share.colLabel')}</th>
                  <th scope="col">{t('share.colRange')}</th>
                  <th scope="col">{t('share.colIncludes')}</th>
                  <th scope="col">{t('share.colState')}</th>
                  <th scope="col" className="num">
                    {t('share.colViews')}
                  </th>
                  <th scope="col">{t('share.colLast')}</th>
                </tr>
              </thead>
              <tbody>
                {ended.map((l) => (
                  <tr key={l.id} data-link-id={l.id}>
                    <td>{name(l)}</td>
                    <td>{rangeText(l)}</td>
                    <td>{includes(l)}</td>
                    <td>{t(`share.${l.state}`)}</td>
                    <td className="num">{l.views}</td>
                    <td>{formatDateTime(l.lastViewedAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
