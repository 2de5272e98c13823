import type { Shape } from '../shape';
import type { cli as zh } from '../zh/cli';

export const cli: Shape<typeof zh> = {
  cli: {
    mainRule: 'main rule: {name} — {line} [{public, select, yes {public} other {estimate, not public}}]',
    table: 'date        orders30d  interventions30d  rate30d  status',
    headroom: 'headroom (further interventions to go over): {n}',
    safeAgain: 'safe again with no new interventions: {day} ({days})',
    penaltyEnds: '  {name}: ends {day}',
    leaving: 'leaving the window: {list}',
    forecast: '14-day forecast, first over: none new {none}, at the 28-day pace {pace}',
    reasons: 'top reasons: {list}',
    main: 'main',
    off: 'off',
    edited: 'edited',
    line: '  line: {text}',
    penalties: '  penalties: {text}',
    source: '  source: {text}',
    needsAverage: '  enter the category average with --category-average',
    note: '  note: {text}',
    linkCreated:
      '{url}\nid {id}{expires, select, none {} other { · expires {expires}}}\n(the link is shown this once: only its hash is kept)',
    noLinks: '{shop}: no share links',
    revoked: 'revoked {id}',
    alreadyRevoked: '{id} was already revoked',
  },
};
