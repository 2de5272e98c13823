import Link from 'next/link';
import type { Range } from '@/app/_lib/range';
import { PRESETS } from '@/app/_lib/range';
import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';

/** Presets as links, custom dates as a plain GET form: works before any script has loaded. */
export function RangePicker({ base, range, lang }: { base: string; range: Range; lang: Lang }) {
  const t = translator(lang);
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
          <input id="range-from" name="from" type="date" defaultValue={range.from} required />
        </div>
        <div className="field">
          <label htmlFor="range-to">{t('dash.to')}</label>
          <input id="range-to" name="to" type="date" defaultValue={range.to} required />
        </div>
        <button type="submit" className="button">
          {t('dash.apply')}
        </button>
      </form>
    </div>
  );
}
