'use client';
/**
 * A shop's read-only share links, for the shop dashboard: create one (label, range, expiry,
 * password, order tables), see each with its views and last view, revoke. Talks to /api/shares.
 * The new link's address is shown once: only a hash of its token is kept.
 *
 *   <ShareLinks shopId={shop.id} />
 */
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useI18n } from '@/lib/i18n/client';
import type { Lang } from '@/lib/i18n/lang';
import type { ShareLinkSummary } from '@/lib/share/links';

const TEXT = {
  title: ['分享只读报告', 'Share a read-only report'],
  intro: [
    '生成一个只读链接，发给老板、运营或代运营查看本店报告；可设有效期和密码，随时撤销。',
    'Make a read-only link to this shop’s report for a boss, an operations team or an agency; with an expiry and a password if you like, revocable at any time.',
  ],
  label: ['备注', 'Label'],
  labelHint: ['例如「给老板」', 'e.g. "for the boss"'],
  range: ['报告范围', 'Report range'],
  rolling: ['最近 {n} 天', 'Last {n} days'],
  fixed: ['固定日期', 'Fixed dates'],
  from: ['开始日期', 'From'],
  to: ['结束日期', 'To'],
  expiry: ['有效期', 'Expires'],
  never: ['永不过期', 'Never'],
  inDays: ['{n} 天后', 'In {n} days'],
  onDate: ['指定日期（含当天）', 'On a date (included)'],
  expiryDate: ['截止日期', 'Last day'],
  password: ['访问密码（可选）', 'Password (optional)'],
  orders: ['包含订单明细表', 'Include the order tables'],
  create: ['生成链接', 'Create link'],
  creating: ['生成中…', 'Creating…'],
  created: ['链接已生成。它只显示这一次，请现在复制：', 'Link created. It is shown this once; copy it now:'],
  copy: ['复制', 'Copy'],
  copied: ['已复制', 'Copied'],
  newUrl: ['新链接', 'New link'],
  list: ['已有链接', 'Links'],
  none: ['还没有分享链接。', 'No share links yet.'],
  colLabel: ['备注', 'Label'],
  colRange: ['范围', 'Range'],
  colExpires: ['有效期至', 'Expires'],
  colPassword: ['密码', 'Password'],
  colViews: ['查看次数', 'Views'],
  colLast: ['最近查看', 'Last viewed'],
  colState: ['状态', 'State'],
  yes: ['有', 'Yes'],
  no: ['无', 'No'],
  active: ['有效', 'Active'],
  revoked: ['已撤销', 'Revoked'],
  expired: ['已过期', 'Expired'],
  revoke: ['撤销', 'Revoke'],
  revokeLabel: ['撤销链接 {label}', 'Revoke link {label}'],
  loadError: ['链接列表没有加载出来。', 'The links could not be loaded.'],
} as const;

type Key = keyof typeof TEXT;
const say = (lang: Lang, key: Key, vars: Record<string, string | number> = {}) =>
  TEXT[key][lang === 'zh' ? 0 : 1].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));

const ROLLING = [7, 30, 90, 180, 365];
const EXPIRY_DAYS = [1, 7, 30, 90];

function when(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** Every route answers errors as { error: { code, message } }, the message in the page's language. */
async function errorOf(res: Response): Promise<string> {
  const body = await res.json().catch(() => null);
  const text = body?.error?.message;
  return (typeof text === 'string' && text) || `HTTP ${res.status}`;
}

export function ShareLinks({ shopId }: { shopId: number }) {
  const { lang } = useI18n();
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
      setListError(res ? await errorOf(res) : say(lang, 'loadError'));
      return;
    }
    setListError(null);
    setLinks((await res.json()).links);
  }, [shopId, lang]);

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
      setFormError(say(lang, 'loadError'));
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

  const rangeText = (l: ShareLinkSummary) =>
    l.range.kind === 'rolling' ? say(lang, 'rolling', { n: l.range.days }) : `${l.range.from} – ${l.range.to}`;

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="share-links">
      <h2 id={`${id}-title`}>{say(lang, 'title')}</h2>
      <p className="muted">{say(lang, 'intro')}</p>
      <form className="form-grid" onSubmit={create} data-testid="share-create">
        <label className="field">
          <span className="label">{say(lang, 'label')}</span>
          <input name="label" type="text" maxLength={100} placeholder={say(lang, 'labelHint')} />
        </label>
        <label className="field">
          <span className="label">{say(lang, 'range')}</span>
          <select name="range" value={range} onChange={(e) => setRange(e.target.value)}>
            {ROLLING.map((n) => (
              <option key={n} value={String(n)}>
                {say(lang, 'rolling', { n })}
              </option>
            ))}
            <option value="fixed">{say(lang, 'fixed')}</option>
          </select>
        </label>
        {range === 'fixed' && (
          <>
            <label className="field">
              <span className="label">{say(lang, 'from')}</span>
              <input name="from" type="date" required />
            </label>
            <label className="field">
              <span className="label">{say(lang, 'to')}</span>
              <input name="to" type="date" required />
            </label>
          </>
        )}
        <label className="field">
          <span className="label">{say(lang, 'expiry')}</span>
          <select name="expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            <option value="never">{say(lang, 'never')}</option>
            {EXPIRY_DAYS.map((n) => (
              <option key={n} value={String(n)}>
                {say(lang, 'inDays', { n })}
              </option>
            ))}
            <option value="date">{say(lang, 'onDate')}</option>
          </select>
        </label>
        {expiry === 'date' && (
          <label className="field">
            <span className="label">{say(lang, 'expiryDate')}</span>
            <input name="expiresOn" type="date" required />
          </label>
        )}
        <label className="field">
          <span className="label">{say(lang, 'password')}</span>
          <input name="password" type="password" autoComplete="new-password" maxLength={256} />
        </label>
        <label className="check">
          <input name="orders" type="checkbox" /> {say(lang, 'orders')}
        </label>
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? say(lang, 'creating') : say(lang, 'create')}
        </button>
      </form>
      {formError && (
        <p className="message-error" role="alert">
          {formError}
        </p>
      )}
      {created && (
        <div className="field" data-testid="share-created" style={{ marginTop: 16 }}>
          <label htmlFor={`${id}-url`}>{say(lang, 'created')}</label>
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
              {copied ? say(lang, 'copied') : say(lang, 'copy')}
            </button>
          </div>
        </div>
      )}
      <h3 style={{ marginTop: 20 }}>{say(lang, 'list')}</h3>
      {listError && (
        <p className="message-error" role="alert">
          {listError}
        </p>
      )}
      {links && links.length === 0 && <p className="muted">{say(lang, 'none')}</p>}
      {links && links.length > 0 && (
        <table className="data-table" data-testid="share-list">
          <thead>
            <tr>
              <th scope="col">{say(lang, 'colLabel')}</th>
              <th scope="col">{say(lang, 'colRange')}</th>
              <th scope="col">{say(lang, 'colExpires')}</th>
              <th scope="col">{say(lang, 'colPassword')}</th>
              <th scope="col" className="num">
                {say(lang, 'colViews')}
              </th>
              <th scope="col">{say(lang, 'colLast')}</th>
              <th scope="col">{say(lang, 'colState')}</th>
              <th scope="col">
                <span className="sr-only">{say(lang, 'revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.id} data-link-id={l.id}>
                <td>{l.label || '—'}</td>
                <td>{rangeText(l)}</td>
                <td>{l.expiresAt ? when(l.expiresAt, lang) : say(lang, 'never')}</td>
                <td>{l.hasPassword ? say(lang, 'yes') : say(lang, 'no')}</td>
                <td className="num">{l.views}</td>
                <td>{when(l.lastViewedAt, lang)}</td>
                <td>{say(lang, l.state)}</td>
                <td>
                  {l.state !== 'revoked' && (
                    <button
                      className="button"
                      type="button"
                      onClick={() => revoke(l.id)}
                      aria-label={say(lang, 'revokeLabel', { label: l.label || l.id })}
                    >
                      {say(lang, 'revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
