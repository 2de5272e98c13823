'use client';
import { useActionState, useId, useState } from 'react';
import type { FormState } from '@/app/(admin)/shops/[id]/settings/actions';
import { useI18n } from '@/lib/i18n/client';
import { bi } from '@/lib/i18n/translate';
import type { RuleChangeRow } from '@/lib/report/shopSettings';
import { describeChange } from '@/lib/rules/describe';
import type { ShopRule } from '@/lib/rules/types';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** Up to four decimals of a percentage, without float noise (0.045 → "4.5"). */
const percent = (f: number | null) => (f === null ? '' : String(Math.round(f * 1e6) / 1e4));

/** One rule's numbers, where they come from, and its penalties. */
export function RuleSettingsForm({
  rule,
  action,
  reset,
  history,
}: {
  rule: ShopRule;
  action: Action;
  reset: Action;
  history: RuleChangeRow[];
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const [saved, formAction, pending] = useActionState(action, { ok: false, error: null, at: 0 });
  const [resetState, resetAction, resetting] = useActionState(reset, { ok: false, error: null, at: 0 });
  // The newer of the two answers is the one to show.
  const state = resetState.at > saved.at ? resetState : saved;
  const [mode, setMode] = useState<'rate' | 'multiple'>(
    rule.rate === null && rule.rateMultiple !== null ? 'multiple' : 'rate',
  );
  const f = (name: string) => `${id}-${name}`;
  return (
    <form action={formAction} className="panel rule-form" data-testid="rule-form" data-rule={rule.presetId}>
      <div className="chart-head">
        <h3>
          {bi(rule.name, lang)} {rule.main && <span className="badge badge-none">{t('settings.main')}</span>}{' '}
          {rule.edited && <span className="badge badge-watch">{t('settings.edited')}</span>}
        </h3>
      </div>
      <p className="muted" data-testid="rule-source">
        <strong>{t('common.lead', { label: t('settings.source') })}</strong>
        <span className={`badge ${rule.source.public ? 'badge-ok' : 'badge-watch'}`}>
          {rule.source.public ? t('settings.public') : t('settings.estimate')}
        </span>{' '}
        {t('settings.confidence', { c: t(`confidence.${rule.source.confidence}`) })} · {bi(rule.source.text, lang)}
        {rule.source.date ? t('common.paren', { text: rule.source.date }) : ''}
      </p>
      <p className="muted" data-testid="rule-why">
        <strong>{t('settings.why')}</strong>
        {bi(rule.why, lang)}
      </p>
      {rule.reasons && (
        <p className="muted" data-testid="rule-reasons">
          {t('settings.reasons', { reasons: rule.reasons.join(t('common.listSep')) })}
        </p>
      )}
      {rule.needsCategoryAverage && (
        <p className="message-error" data-testid="rule-needs-average">
          {t('settings.needsAverage')}
        </p>
      )}
      {rule.notes && <p className="muted">{bi(rule.notes, lang)}</p>}
      <p className="muted">
        <strong>{t('common.lead', { label: t('settings.penalties') })}</strong>
        {rule.penalties
          .map(
            (p) =>
              `${bi(p.name, lang)}${p.days !== null ? t('common.paren', { text: t('settings.penaltyDays', { n: p.days }) }) : ''}`,
          )
          .join(t('common.clauseSep')) || '—'}
      </p>
      <div className="form-grid">
        <label className="check">
          <input type="checkbox" name="enabled" defaultChecked={rule.enabled} /> {t('settings.enabled')}
        </label>
        <label className="check">
          <input type="checkbox" name="main" defaultChecked={rule.main} /> {t('settings.main')}
        </label>
        <input type="hidden" name="mode" value={mode} />
        {mode === 'rate' ? (
          <div className="field">
            <label htmlFor={f('rate')}>{t('settings.rate')}</label>
            <input
              id={f('rate')}
              name="rate"
              type="number"
              step="0.01"
              min="0"
              max="100"
              defaultValue={percent(rule.rate)}
            />
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor={f('mult')}>{t('settings.rateMultiple')}</label>
              <input
                id={f('mult')}
                name="rateMultiple"
                type="number"
                step="0.1"
                min="0"
                defaultValue={rule.rateMultiple ?? ''}
              />
            </div>
            <div className="field">
              <label htmlFor={f('avg')}>{t('settings.categoryAverage')}</label>
              <input
                id={f('avg')}
                name="categoryAverage"
                type="number"
                step="0.01"
                min="0"
                max="100"
                defaultValue={percent(rule.categoryAverage)}
              />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={f('count')}>{t('settings.count')}</label>
          <input id={f('count')} name="count" type="number" step="1" min="0" defaultValue={rule.count ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={f('combine')}>{t('settings.combine')}</label>
          <select id={f('combine')} name="combine" defaultValue={rule.combine}>
            <option value="and">{t('settings.combineAnd')}</option>
            <option value="or">{t('settings.combineOr')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={f('sustain')}>{t('settings.sustain')}</label>
          <input
            id={f('sustain')}
            name="sustainDays"
            type="number"
            step="1"
            min="1"
            max="365"
            defaultValue={rule.sustainDays}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={f('watch')}>{t('settings.watch')}</label>
          <input
            id={f('watch')}
            name="watch"
            type="number"
            step="1"
            min="1"
            max="100"
            defaultValue={Math.round(rule.watch * 100)}
            required
          />
        </div>
        <div className="field">
          <span className="label">{t('settings.window')}</span>
          <span>{rule.windowDays}</span>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending || resetting}>
          {t('common.save')}
        </button>
        <button
          type="submit"
          className="button"
          formAction={resetAction}
          formNoValidate
          disabled={pending || resetting || !rule.edited}
          data-testid="rule-reset"
        >
          {t('settings.reset')}
        </button>
        {(rule.rateMultiple !== null || rule.categoryAverage !== null || mode === 'multiple') && (
          <button type="button" className="button" onClick={() => setMode(mode === 'rate' ? 'multiple' : 'rate')}>
            {mode === 'rate' ? t('settings.rateMultiple') : t('settings.rate')}
          </button>
        )}
        <p role="status" aria-live="polite" className={state.error ? 'error-text' : 'muted'}>
          {state.error
            ? t('settings.invalid', { message: state.error[lang] })
            : state.ok
              ? state.reset
                ? t('settings.resetDone')
                : t('settings.saved')
              : ''}
        </p>
      </div>
      <details className="rule-history" data-testid="rule-history">
        <summary>
          {t('settings.changes')} ({history.length})
        </summary>
        {history.length === 0 ? (
          <p className="muted">{t('settings.changesEmpty')}</p>
        ) : (
          <ul>
            {history.map((c) => (
              <li key={c.id}>
                <time>{c.at}</time> · {t(c.action === 'reset' ? 'settings.changeReset' : 'settings.changeSet')}:{' '}
                {describeChange(c.before, c.after, lang)}
              </li>
            ))}
          </ul>
        )}
      </details>
    </form>
  );
}
