'use client';
import { startTransition, useActionState, useEffect, useId, useRef } from 'react';
import type { FormState } from '@/app/(admin)/shops/[id]/settings/actions';
import { useI18n } from '@/lib/i18n/client';
import { AlertTriggerFields } from './AlertTriggerFields';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

const KINDS = ['dingtalk', 'wecom', 'feishu', 'webhook'] as const;

/** As the schema defaults them: status, penalty and deadlines on, forecast 7 days, stale 2 days, no digest. */
const DEFAULT_TRIGGERS = {
  status: true,
  penalty: true,
  deadline: true,
  forecastDays: 7,
  staleDays: 2,
  digestAt: null,
};

/** A new alert channel: the robot, its webhook and secret, the language and link, and what it is told. */
export function AlertChannelForm({ add }: { add: Action }) {
  const { lang, t } = useI18n();
  const id = useId();
  const f = (name: string) => `${id}-${name}`;
  const form = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(add, { ok: false, error: null, at: 0 });
  useEffect(() => {
    if (state.reset) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      // Sent by hand, not as the form's action: a form action empties every field when it returns,
      // and a refused address would cost the merchant the whole form. Cleared only once added.
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
      data-testid="alert-add"
    >
      <h3>{t('alertSettings.add')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={f('kind')}>{t('alertSettings.kind')}</label>
          <select id={f('kind')} name="kind" defaultValue="dingtalk">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t('alertSettings.kinds', { kind: k })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={f('url')}>{t('alertSettings.url')}</label>
          <input
            id={f('url')}
            className="wide"
            name="url"
            type="url"
            required
            placeholder={t('alertSettings.urlHint')}
          />
        </div>
        <div className="field">
          <label htmlFor={f('secret')}>{t('alertSettings.secret')}</label>
          <input
            id={f('secret')}
            name="secret"
            type="password"
            autoComplete="off"
            placeholder={t('alertSettings.secretHint')}
          />
        </div>
        <div className="field">
          <label htmlFor={f('label')}>{t('alertSettings.label')}</label>
          <input id={f('label')} name="label" type="text" maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor={f('language')}>{t('alertSettings.language')}</label>
          <select id={f('language')} name="language" defaultValue={lang}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={f('link')}>{t('alertSettings.link')}</label>
          <input id={f('link')} className="wide" name="link" type="url" placeholder={t('alertSettings.linkHint')} />
        </div>
        <div className="field">
          <label htmlFor={f('scope')}>{t('alertSettings.scope')}</label>
          <select id={f('scope')} name="scope" defaultValue="shop">
            <option value="shop">{t('alertSettings.scopeShop')}</option>
            <option value="all">{t('alertSettings.scopeAll')}</option>
          </select>
        </div>
      </div>
      <AlertTriggerFields triggers={DEFAULT_TRIGGERS} />
      <button type="submit" className="button primary" disabled={pending}>
        {t('alertSettings.add')}
      </button>
      <p role="status" className={state.error ? 'error-text' : 'muted'} data-testid="alert-add-status">
        {state.error ? state.error[lang] : state.ok ? t('alertSettings.added') : ''}
      </p>
    </form>
  );
}
