'use client';
import { useActionState, useState } from 'react';
import type { FormState } from '@/app/(admin)/shops/[id]/settings/actions';
import { useI18n } from '@/lib/i18n/client';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** Undoing an import removes rows, so the merchant confirms first, with the file named. */
export function UndoImportButton({ file, action }: { file: string; action: Action }) {
  const { lang, t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(action, { ok: false, error: null, at: 0 });
  if (!confirming)
    return (
      <>
        <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="undo-import">
          {t('settings.undo')}
        </button>
        {state.error ? <span className="error-text"> {state.error[lang]}</span> : null}
      </>
    );
  return (
    <form action={formAction} className="undo-confirm">
      <span role="alert">{t('settings.undoConfirm', { file })}</span>{' '}
      <button type="submit" className="button button-danger" disabled={pending} data-testid="undo-confirm">
        {t('settings.undoYes')}
      </button>{' '}
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        {t('settings.undoCancel')}
      </button>
      {state.error ? <span className="error-text"> {state.error[lang]}</span> : null}
    </form>
  );
}
