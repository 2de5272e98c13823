'use client';
import { useActionState, useId } from 'react';
import type { FormState } from '@/app/(admin)/shops/[id]/settings/actions';
import { useI18n } from '@/lib/i18n/client';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** Deleting is for good, so the merchant types the shop's name first. */
export function DeleteShopForm({ shop, size, action }: { shop: string; size: string; action: Action }) {
  const { lang, t } = useI18n();
  const id = useId();
  const [state, formAction, pending] = useActionState(action, { ok: false, error: null, at: 0 });
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.delete')}</h2>
      <p>{t('settings.deleteIntro', { shop })}</p>
      <p className="muted" data-testid="shop-size">
        {t('settings.shopSize', { size })}
      </p>
      <form action={formAction} className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-confirm`}>{t('settings.deleteConfirm', { shop })}</label>
          <input
            id={`${id}-confirm`}
            name="confirm"
            type="text"
            autoComplete="off"
            required
            data-testid="delete-confirm"
          />
        </div>
        <div className="field">
          <span className="label" aria-hidden="true">
            &nbsp;
          </span>
          <button type="submit" className="button button-danger" disabled={pending} data-testid="delete-shop">
            {t('settings.deleteButton')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="error-text">
        {state.error ? state.error[lang] : ''}
      </p>
    </section>
  );
}
