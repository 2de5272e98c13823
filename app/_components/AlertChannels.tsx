'use client';
import { useActionState, useId, useState } from 'react';
import type { FormState } from '@/app/(admin)/shops/[id]/settings/actions';
import type { ChannelView } from '@/lib/alerts/channels';
import { useI18n } from '@/lib/i18n/client';
import { formatDateTime } from '@/lib/i18n/format';
import { AlertChannelForm } from './AlertChannelForm';
import { AlertTriggerFields } from './AlertTriggerFields';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** The shop's alert channels (its own and those for every shop): test, pause, remove, and each one's deliveries. */
export function AlertChannels({ channels, act, add }: { channels: ChannelView[]; act: Action; add: Action }) {
  const { lang, t } = useI18n();
  const id = useId();
  const [state, formAction, pending] = useActionState(act, { ok: false, error: null, at: 0 });
  // Removing takes the channel's delivery log with it: the merchant confirms first, as for a share link.
  const [confirming, setConfirming] = useState<number | null>(null);
  const triggers = (c: ChannelView) =>
    [
      c.triggers.status && t('alertSettings.onStatus'),
      c.triggers.penalty && t('alertSettings.onPenalty'),
      c.triggers.deadline && t('alertSettings.onDeadline'),
      c.triggers.forecastDays !== null && t('alertSettings.forecastShort', { n: c.triggers.forecastDays }),
      c.triggers.staleDays !== null && t('alertSettings.staleShort', { n: c.triggers.staleDays }),
      c.triggers.digestAt && t('alertSettings.digestShort', { time: c.triggers.digestAt }),
    ]
      .filter(Boolean)
      .join(t('common.listSep'));
  const button = (c: ChannelView, op: string, label: string, aria?: string) => (
    <form action={formAction}>
      <input type="hidden" name="channel" value={c.id} />
      <input type="hidden" name="op" value={op} />
      <button type="submit" className="button" disabled={pending} aria-label={aria} data-testid={`alert-${op}`}>
        {label}
      </button>
    </form>
  );
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="alert-channels">
      <h2 id={`${id}-title`}>{t('alertSettings.title')}</h2>
      <p className="muted">{t('alertSettings.intro')}</p>
      {channels.length === 0 && <p className="muted">{t('alertSettings.none')}</p>}
      {channels.map((c) => {
        const name = c.label || t('alertSettings.kinds', { kind: c.kind });
        return (
          <article key={c.id} className="panel" data-testid="alert-channel" data-id={c.id}>
            <h3>
              {name}{' '}
              <span className="muted small">{c.paused ? t('alertSettings.paused') : t('alertSettings.active')}</span>
            </h3>
            <p className="muted small" data-testid="alert-url">
              {t('alertSettings.kinds', { kind: c.kind })} · {c.url}
              {c.hasSecret && ` · ${t('alertSettings.secretSet')}`}
              {c.shopId === null && ` · ${t('alertSettings.forAll')}`} · {c.lang}
            </p>
            <p className="small" data-testid="alert-triggers">
              {triggers(c)}
            </p>
            <div className="actions">
              {button(c, 'test', t('alertSettings.test'))}
              {button(c, c.paused ? 'resume' : 'pause', t(c.paused ? 'alertSettings.resume' : 'alertSettings.pause'))}
              {confirming === c.id ? (
                <form action={formAction}>
                  <fieldset className="inline-confirm" aria-label={t('alertSettings.confirmLabel', { name })}>
                    <input type="hidden" name="channel" value={c.id} />
                    <input type="hidden" name="op" value="remove" />
                    <span className="muted">{t('alertSettings.confirmText')}</span>{' '}
                    <button type="submit" className="button button-danger" disabled={pending}>
                      {t('alertSettings.confirmRemove')}
                    </button>{' '}
                    <button type="button" className="button" onClick={() => setConfirming(null)}>
                      {t('alertSettings.cancel')}
                    </button>
                  </fieldset>
                </form>
              ) : (
                <button
                  type="button"
                  className="button"
                  aria-label={t('alertSettings.removeLabel', { name })}
                  data-testid="alert-remove"
                  onClick={() => setConfirming(c.id)}
                >
                  {t('alertSettings.remove')}
                </button>
              )}
            </div>
            <details>
              <summary>{t('alertSettings.edit')}</summary>
              <form action={formAction} data-testid="alert-edit">
                <input type="hidden" name="channel" value={c.id} />
                <input type="hidden" name="op" value="update" />
                <AlertTriggerFields triggers={c.triggers} />
                <button type="submit" className="button" disabled={pending}>
                  {t('alertSettings.save')}
                </button>
              </form>
            </details>
            <h4>{t('alertSettings.log')}</h4>
            {c.deliveries.length === 0 && <p className="muted small">{t('alertSettings.logNone')}</p>}
            <ul className="small" data-testid="alert-log">
              {c.deliveries.map((d) => (
                <li key={`${d.at}-${d.what}`} data-outcome={d.outcome}>
                  {formatDateTime(d.at, lang)} ·{' '}
                  {t('alertSettings.logRow', { outcome: d.outcome, what: d.what, attempts: d.attempts })}
                  {d.code && ` · ${d.code} ${d.detail}`}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
      <p role="status" className={state.error ? 'error-text' : 'muted'} data-testid="alert-status">
        {state.error ? state.error[lang] : (state.note?.[lang] ?? (state.ok ? t('alertSettings.done') : ''))}
      </p>
      <AlertChannelForm add={add} />
    </section>
  );
}
