'use client';
import { useActionState, useId, useTransition } from 'react';
import type { FormState } from '@/app/(admin)/shops/[id]/settings/actions';
import { useI18n } from '@/lib/i18n/client';
import { formatDecimal, formatInt, formatRate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import type { CalibrationInfo } from '@/lib/report/types';
import type { Definition } from '@/lib/types';

type AddAction = (prev: FormState, form: FormData) => Promise<FormState>;
type UseAction = (orders: string, interventions: string) => Promise<void>;

const defName = (d: Definition, t: Translate) => `${t(`basis.${d.orders}`)} · ${t(`basis.${d.interventions}`)}`;
const same = (a: Definition, b: Definition) => a.orders === b.orders && a.interventions === b.interventions;

/** Back-end figures beside Redline's under every definition; the merchant keeps the one that agrees. */
export function CalibrationPanel({
  info,
  add,
  use,
  today,
}: {
  info: CalibrationInfo;
  add: AddAction;
  use: UseAction;
  today: string;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const [state, formAction, pending] = useActionState(add, { ok: false, error: null, at: 0 });
  const [switching, startSwitch] = useTransition();
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="calibration">
      <h2 id={`${id}-title`}>{t('settings.calibration')}</h2>
      <p className="muted">{t('settings.calibrationIntro')}</p>
      <p>
        <strong>{t('settings.calCurrent', { def: defName(info.current, t) })}</strong>
        {info.best && ` · ${t('settings.calBest', { def: defName(info.best, t) })}`}
        {info.best && !same(info.best, info.current) && (
          <>
            {' '}
            <button
              type="button"
              className="button"
              disabled={switching}
              onClick={() => startSwitch(() => use(info.best!.orders, info.best!.interventions))}
            >
              {t('settings.calUse')}
            </button>
          </>
        )}
      </p>
      <form action={formAction} className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('settings.calDate')}</label>
          <input id={`${id}-day`} name="day" type="date" max={today} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-count`}>{t('settings.calCount')}</label>
          <input id={`${id}-count`} name="count" type="number" min="0" step="1" required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-rate`}>{t('settings.calRate')}</label>
          <input id={`${id}-rate`} name="rate" type="number" min="0" max="100" step="0.01" required />
        </div>
        <div className="field">
          <span className="label" aria-hidden="true">
            &nbsp;
          </span>
          <button type="submit" className="button button-primary" disabled={pending}>
            {t('settings.calAdd')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="error-text">
        {state.error ? state.error[lang] : ''}
      </p>
      {info.entries.length === 0 ? (
        <p className="muted">{t('settings.calEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.calDate')}</th>
                <th scope="col" className="num">
                  {t('settings.calCount')}
                </th>
                <th scope="col" className="num">
                  {t('settings.calRate')}
                </th>
                <th scope="col" className="num">
                  {t('settings.calImplied')}
                </th>
                <th scope="col">{t('settings.source')}</th>
                <th scope="col" className="num">
                  {t('card.count')}
                </th>
                <th scope="col" className="num">
                  {t('card.rate')}
                </th>
                <th scope="col" className="num">
                  {t('settings.calError')}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('settings.calUse')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {info.entries.map((e) =>
                e.comparisons.slice(0, 6).map((c, i) => (
                  <tr key={`${e.id}-${c.orders}-${c.interventions}`}>
                    {i === 0 && (
                      <>
                        <th scope="row" rowSpan={Math.min(6, e.comparisons.length)}>
                          {e.date}
                        </th>
                        <td className="num" rowSpan={Math.min(6, e.comparisons.length)}>
                          {formatInt(e.count, lang)}
                        </td>
                        <td className="num" rowSpan={Math.min(6, e.comparisons.length)}>
                          {formatRate(e.rate, lang)}
                        </td>
                        <td className="num" rowSpan={Math.min(6, e.comparisons.length)}>
                          {formatInt(e.impliedOrders, lang)}
                        </td>
                      </>
                    )}
                    <td>
                      {defName(c, t)}
                      {same(c, info.current) ? ` · ${t('settings.calInUse')}` : ''}
                    </td>
                    <td className="num">{formatInt(c.interventions30d, lang)}</td>
                    <td className="num">{formatRate(c.rate30d, lang)}</td>
                    <td className="num">{formatDecimal(c.error * 100, lang, 1)}%</td>
                    <td>
                      {!same(c, info.current) && (
                        <button
                          type="button"
                          className="button toggle"
                          disabled={switching}
                          onClick={() => startSwitch(() => use(c.orders, c.interventions))}
                        >
                          {t('settings.calUse')}
                        </button>
                      )}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
