'use client';
import { useId } from 'react';
import type { ChannelView } from '@/lib/alerts/channels';
import { useI18n } from '@/lib/i18n/client';

/** What a channel is told: the same fields when adding a channel and when changing one. */
export function AlertTriggerFields({ triggers }: { triggers: ChannelView['triggers'] }) {
  const { t } = useI18n();
  const id = useId();
  const f = (name: string) => `${id}-${name}`;
  return (
    <fieldset className="form-grid">
      <legend>{t('alertSettings.triggers')}</legend>
      <label className="check">
        <input type="checkbox" name="onStatus" defaultChecked={triggers.status} /> {t('alertSettings.onStatus')}
      </label>
      <label className="check">
        <input type="checkbox" name="onPenalty" defaultChecked={triggers.penalty} /> {t('alertSettings.onPenalty')}
      </label>
      <label className="check">
        <input type="checkbox" name="onDeadline" defaultChecked={triggers.deadline} /> {t('alertSettings.onDeadline')}
      </label>
      <div className="field">
        <label htmlFor={f('forecast')}>{t('alertSettings.forecastDays')}</label>
        <input
          id={f('forecast')}
          name="forecastDays"
          type="number"
          min="1"
          max="30"
          step="1"
          defaultValue={triggers.forecastDays ?? ''}
        />
      </div>
      <div className="field">
        <label htmlFor={f('stale')}>{t('alertSettings.staleDays')}</label>
        <input
          id={f('stale')}
          name="staleDays"
          type="number"
          min="1"
          max="30"
          step="1"
          defaultValue={triggers.staleDays ?? ''}
        />
      </div>
      <div className="field">
        <label htmlFor={f('digest')}>{t('alertSettings.digestAt')}</label>
        <input id={f('digest')} name="digestAt" type="time" defaultValue={triggers.digestAt ?? ''} />
      </div>
    </fieldset>
  );
}
