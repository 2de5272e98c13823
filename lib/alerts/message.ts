/**
 * What a message says, in the channel's language, before any robot's format: a title and lines
 * of light markdown (bold, links) that every robot renders. Rates go through formatRate, as
 * everywhere else: rounded once, from the exact ratio.
 */
import { formatInt, formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import type { Change } from './evaluate';
import type { ShopFacts } from './facts';

export type Tone = 'red' | 'orange' | 'green' | 'blue';

export interface AlertMessage {
  title: string;
  lines: string[];
  link: { label: string; url: string } | null;
  /** The card colour where a robot has one (Feishu). */
  tone: Tone;
}

const hoursLeft = (minutes: number) => Math.max(0, Math.round(minutes / 6) / 10);

function changeHeadline(c: Change, lang: Lang): string {
  const t = translator(lang);
  switch (c.topic) {
    case 'status':
      return t('alert.status', { to: c.to });
    case 'penalty':
      return t(c.started ? 'alert.penaltyStarted' : 'alert.penaltyEnded');
    case 'forecast':
      // A date, not 'in N days': N counts from the data's last day, which a reader takes for today.
      return t('alert.forecast', { day: c.on });
    case 'deadline':
      return t('alert.deadline', { n: c.cases.length });
    case 'stale':
      return t('alert.stale', { days: c.daysOld });
  }
}

function toneOf(changes: readonly Change[], facts: ShopFacts): Tone {
  if (facts.status === 'over' || facts.status === 'breach') return 'red';
  if (changes.some((c) => c.topic === 'status' && c.to === 'ok') && changes.length === 1) return 'green';
  return changes.length ? 'orange' : 'blue';
}

/** The shop's figures against its line, status, headroom, safe day, top reason. */
export function factLines(f: ShopFacts, lang: Lang): string[] {
  const t = translator(lang);
  // A complete day without a status: the rule waits for the category average it multiplies.
  if (!f.day) return [t('alert.noVerdict')];
  if (!f.status) return [t('alert.needsAverage')];
  const lines = [
    `**${t('alert.rateLine', { window: f.windowDays, rate: formatRate(f.rate, lang), line: f.rateLine === null ? 'none' : formatRate(f.rateLine, lang) })}**`,
  ];
  if (f.count !== null)
    lines.push(
      t('alert.countLine', {
        window: f.windowDays,
        count: formatInt(f.count, lang),
        line: f.countLine === null ? 'none' : formatInt(f.countLine, lang),
      }),
    );
  lines.push(t('alert.statusSince', { status: f.status, since: f.since ?? f.day }));
  if (f.headroom !== null)
    lines.push(f.headroom === 0 ? t('alert.headroomOver') : t('alert.headroomLeft', { n: f.headroom }));
  if (f.safeOn) lines.push(t('alert.safeOn', { day: f.safeOn }));
  for (const p of f.penalties) lines.push(t('alert.penalty', { name: p.name[lang], ends: p.endsOn ?? 'none' }));
  if (f.topDriver)
    lines.push(t('alert.topDriver', { reason: f.topDriver.key || t('alert.blankReason'), n: f.topDriver.count }));
  lines.push(t('alert.asOf', { day: f.day }));
  return lines;
}

function detailLines(c: Change, f: ShopFacts, lang: Lang): string[] {
  const t = translator(lang);
  if (c.topic === 'forecast') return [t('alert.forecastLine', { day: c.on })];
  if (c.topic === 'deadline')
    return c.cases.map((k) =>
      t('alert.caseLine', { caseNo: k.caseNo, deadline: k.deadlineAt.slice(0, 16), hours: hoursLeft(k.minutesLeft) }),
    );
  if (c.topic === 'stale' && f.day) return [t('alert.staleLine', { day: f.day, days: c.daysOld })];
  return [];
}

/** One message for everything that changed about a shop in one pass. */
export function changeMessage(f: ShopFacts, changes: readonly Change[], lang: Lang, link: string | null): AlertMessage {
  const t = translator(lang);
  const what = changes.map((c) => changeHeadline(c, lang)).join(lang === 'zh' ? '；' : '; ');
  return {
    title: `${t('alert.brand')}${t('alert.title', { shop: f.shop, what })}`,
    lines: [...changes.flatMap((c) => detailLines(c, f, lang)), ...factLines(f, lang)],
    link: link ? { label: t('alert.link'), url: link } : null,
    tone: toneOf(changes, f),
  };
}

/** The daily digest: every shop the channel speaks for, one line each. */
export function digestMessage(day: string, shops: readonly ShopFacts[], lang: Lang, link: string | null): AlertMessage {
  const t = translator(lang);
  const lines = shops.map((f) =>
    t('alert.digestLine', {
      shop: f.shop,
      status: f.status ?? 'unknown',
      rate: formatRate(f.rate, lang),
      line: f.rateLine === null || f.status === null ? 'none' : formatRate(f.rateLine, lang),
      headroom: f.headroom === null || f.status === null ? 'none' : formatInt(f.headroom, lang),
      // Yesterday's figures are today's news; older ones say their day, so an old verdict is not read as today's.
      asOf: f.day !== null && f.daysOld !== null && f.daysOld > 1 ? f.day : 'none',
    }),
  );
  const red = shops.some((f) => f.status === 'over' || f.status === 'breach');
  return {
    title: `${t('alert.brand')}${t('alert.digestTitle', { day })}`,
    lines: lines.length ? lines : [t('alert.digestEmpty')],
    link: link ? { label: t('alert.link'), url: link } : null,
    tone: red ? 'red' : 'blue',
  };
}

export function testMessage(label: string, lang: Lang): AlertMessage {
  const t = translator(lang);
  return {
    title: `${t('alert.brand')}${t('alert.testTitle')}`,
    lines: [t('alert.testText', { label })],
    link: null,
    tone: 'blue',
  };
}
