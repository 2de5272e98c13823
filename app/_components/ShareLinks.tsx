'use client';
/**
 * A shop's read-only share links, for the shop dashboard: create one (label, range, expiry,
 * password, order tables), see each with its views and last view, revoke. Talks to /api/shares.
 * The new link's address is shown once, with its QR code: only a hash of its token is kept.
 *
 *   <ShareLinks shopId={shop.id} />
 */
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { isLoopbackName } from '@/lib/http/loopback';
import { useI18n } from '@/lib/i18n/client';
import type { ShareLinkSummary } from '@/lib/share/links';
import { QrCode } from './QrCode';
import { ShareLinkList } from './ShareLinkList';

const ROLLING = [7, 30, 90, 180, 365];
const EXPIRY_DAYS = [1, 7, 30, 90];

/** Every route answers errors as { error: { code, message } }, the message in the page's language. */
async function errorOf(res: Response): Promise<string> {
  const body = await res.json().catch(() => null);
  const text = body?.error?.message;
  return (typeof text === 'string' && text) || `HTTP ${res.status}`;
}

export function ShareLinks({ shopId }: { shopId: number }) {
  const { t } = useI18n();
  const id = useId();
  const [links, setLinks] = useState<ShareLinkSummary[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [range, setRange] = useState('30');
  const [expiry, setExpiry] = useState('never');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const load = useCallback(async () => {
    const res = await fetch(`/api/shares?shop=${shopId}`, { cache: 'no-store' }).catch(() => null);
    if (!res?.ok) {
      setListError(res ? await errorOf(res) : t('share.loadError'));
      return;
    }
    setListError(null);
    setLinks((await res.json()).links);
  }, [shopId, t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body: Record<string, unknown> = {
      shopId,
      label: String(f.get('label') ?? ''),
      includeOrders: f.get('orders') === 'on',
    };
    if (range === 'fixed') {
      body.from = f.get('from');
      body.to = f.get('to');
    } else body.days = Number(range);
    if (expiry === 'date') body.expiresOn = f.get('expiresOn');
    else if (expiry !== 'never') body.expiresInDays = Number(expiry);
    const password = String(f.get('password') ?? '');
    if (password) body.password = password;
    setBusy(true);
    setFormError(null);
    setCreated(null);
    setCopied(false);
    try {
      const res = await fetch('/api/shares', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) {
        setFormError(await errorOf(res));
        return;
      }
      setCreated((await res.json()).url);
      (e.target as HTMLFormElement).reset();
      setRange('30');
      setExpiry('never');
      await load();
    } catch {
      setFormError(t('share.loadError'));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(linkId: string) {
    const res = await fetch(`/api/shares/${encodeURIComponent(linkId)}`, { method: 'DELETE' });
    if (!res.ok) setListError(await errorOf(res));
    await load();
  }

  async function copy() {
    if (!created) return;
    await navigator.clipboard?.writeText(created).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="share-links">
      <h2 id={`${id}-title`}>{t('share.title')}</h2>
      <p className="muted">{t('share.intro')}</p>
      <form className="form-grid" onSubmit={create} data-testid="share-create">
        <label className="field">
          <span className="label">{t('share.label')}</span>
          <input name="label" type="text" maxLength={100} placeholder={t('share.labelHint')} />
        </label>
        <label className="field">
          <span className="label">{t('share.range')}</span>
          <select name="range" value={range} onChange={(e) => setRange(e.target.value)}>
            {ROLLING.map((n) => (
              <option key={n} value={String(n)}>
                {t('share.rolling', { n })}
              </option>
            ))}
            <option value="fixed">{t('share.fixed')}</option>
          </select>
        </label>
        {range === 'fixed' && (
          <>
            <label className="field">
              <span className="label">{t('share.from')}</span>
              <input name="from" type="date" required />
            </label>
            <label className="field">
              <span className="label">{t('share.to')}</span>
              <input name="to" type="date" required />
            </label>
          </>
        )}
        <label className="field">
          <span className="label">{t('share.expiry')}</span>
          <select name="expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            <option value="never">{t('share.never')}</option>
            {EXPIRY_DAYS.map((n) => (
              <option key={n} value={String(n)}>
                {t('share.inDays', { n })}
              </option>
            ))}
            <option value="date">{t('share.onDate')}</option>
          </select>
        </label>
        {expiry === 'date' && (
          <label className="field">
            <span className="label">{t('share.expiryDate')}</span>
            <input name="expiresOn" type="date" required />
          </label>
        )}
        <label className="field">
          <span className="label">{t('share.password')}</span>
          <input name="password" type="password" autoComplete="new-password" maxLength={256} />
        </label>
        <label className="check">
          <input name="orders" type="checkbox" /> {t('share.orders')}
        </label>
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? t('share.creating') : t('share.create')}
        </button>
      </form>
      {formError && (
        <p className="message-error" role="alert">
          {formError}
        </p>
      )}
      {created && (
        <div className="field" data-testid="share-created" style={{ marginTop: 16 }}>
          <label htmlFor={`${id}-url`}>{t('share.created')}</label>
          <div className="form-grid">
            <input
              id={`${id}-url`}
              type="text"
              readOnly
              value={created}
              size={Math.min(80, created.length)}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="share-url"
            />
            <button className="button" type="button" onClick={copy}>
              {copied ? t('share.copied') : t('share.copy')}
            </button>
          </div>
          <figure className="qr-figure">
            <QrCode text={created} label={t('share.qrLabel')} />
            <figcaption className="muted">{t('share.qrCaption')}</figcaption>
          </figure>
          {isLoopbackName(new URL(created).hostname) && (
            <p className="message-warn" data-testid="share-local">
              {t('share.localOnly')}
            </p>
          )}
        </div>
      )}
      <h3 style={{ marginTop: 20 }}>{t('share.list')}</h3>
      {listError && (
        <p className="message-error" role="alert">
          {listError}
        </p>
      )}
      {links && <ShareLinkList links={links} onRevoke={revoke} />}
    </section>
  );
}
