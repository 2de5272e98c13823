import { formatInt, shortDay } from '@/lib/i18n/format';
import { type Lang, localeOf } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import type { RollOffDay } from '@/lib/metrics/types';
import { ChartFrame } from './ChartFrame';

/** The week's day names in the language, Sunday first (2024-01-07 was a Sunday). */
const weekdayNames = (lang: Lang) => {
  const f = new Intl.DateTimeFormat(localeOf(lang), { weekday: lang === 'zh' ? 'narrow' : 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 7 + i))));
};
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The 30 days after the latest day, each with how many of the window's intervention orders leave on it. */
export function RollOffCalendar({
  days,
  judged,
  lang,
}: {
  days: RollOffDay[];
  /** Whether there is a day the exports wholly cover: without one nothing is known to leave. */
  judged: boolean;
  lang: Lang;
}) {
  const t = translator(lang);
  const total = days.reduce((n, d) => n + d.leaving, 0);
  // Nothing in the window: a sentence says so, not a month of zeros.
  if (total === 0)
    return (
      <section className="chart-frame" aria-labelledby="rolloff-title" data-testid="rolloff">
        <h2 id="rolloff-title">{t('chart.rollOff')}</h2>
        <p className="chart-desc">{t(judged ? 'chart.rollOffEmpty' : 'chart.rollOffUnknown')}</p>
      </section>
    );
  const names = weekdayNames(lang);
  // The weekday columns before the first day stay blank.
  const blanks = days.length ? names.slice(0, weekday(days[0].date)) : [];
  const table = (
    <table className="data-table">
      <caption className="sr-only">{t('chart.rollOff')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.day')}</th>
          <th scope="col" className="num">
            {t('chart.leaving')}
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.date}>
            <td>{d.date}</td>
            <td className="num">{formatInt(d.leaving, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame title={t('chart.rollOff')} description={t('chart.rollOffDesc')} table={table} testId="rolloff">
      <div className="calendar" aria-hidden="true">
        {names.map((w) => (
          <div key={w} className="calendar-head">
            {w}
          </div>
        ))}
        {blanks.map((w) => (
          <div key={`blank-${w}`} className="calendar-cell cal-blank" />
        ))}
        {days.map((d) => (
          <div
            key={d.date}
            className={`calendar-cell${d.leaving ? '' : ' cal-zero'}`}
            title={`${d.date}: ${d.leaving}`}
          >
            <div className="cal-date">{shortDay(d.date)}</div>
            <div className="cal-n">{d.leaving ? `−${formatInt(d.leaving, lang)}` : '0'}</div>
          </div>
        ))}
      </div>
    </ChartFrame>
  );
}
