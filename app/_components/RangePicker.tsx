import Link from 'next/link';
import type { Range } from '@/app/_lib/range';
import { PRESETS } from '@/app/_lib/range';
import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import { FIRST_DAY, MAX_RANGE_DAYS } from '@/lib/time/bounds';

/**
 * Presets as links, custom dates as a plain GET form: works before any script has loaded. Dates that
 * cannot be used stay in the form with the reason, instead of quietly turning into the default range.
 */
export function RangePicker({ base, range, lang }: { base: string; range: Range; lang: Lang }) {
  const t = translator(lang);
  const rejected = range.rejected;
  return (
    <div className="toolbar-group">
      <div className="field">
        <span id="range-label" className="label">
          {t('dash.range')}
        </span>
        <fieldset className="presets" aria-labelledby="range-label">
          {PRESETS.map((n) => (
            <Link
              key={n}
              href={`${base}?days=${n}`}
              aria-current={range.kind === 'preset' && range.days === n ? 'true' : undefined}
              data-testid={`preset-${n}`}
            >
              {t('dash.rangeDays', { n })}
            </Link>
          ))}
        </fieldset>
      </div>
      <form className="custom-range" method="get" action={base} aria-label={t('dash.custom')}>
        <div className="field">
          <label htmlFor="range-from">{t('dash.from')}</label>
          <input
            id="range-from"
            name="from"
            type="date"
            defaultValue={rejected?.from ?? range.from}
            required
            aria-invalid={rejected ? true : undefined}
            aria-describedby={rejected ? 'range-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="range-to">{t('dash.to')}</label>
          <input
            id="range-to"
            name="to"
            type="date"
            defaultValue={rejected?.to ?? range.to}
            required
            aria-invalid={rejected ? true : undefined}
            aria-describedby={rejected ? 'range-error' : undefined}
          />
        </div>
        <button type="submit" className="button">
          {t('dash.apply')}
        </button>
      </form>
      {rejected && (
        <p className="message-error range-error" id="range-error" role="alert" data-testid="range-error">
          {t('dash.rangeRejected', {
            reason: t(`input.${rejected.problem}`, { first: FIRST_DAY, n: MAX_RANGE_DAYS }),
            days: range.kind === 'preset' ? range.days : 0,
          })}
        </p>
      )}
    </div>
  );
}
