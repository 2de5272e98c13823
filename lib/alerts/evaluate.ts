/**
 * Which changes a channel is to be told about, from a shop's facts and what the channel was told
 * before (topic -> value). A change is told once: the new values are remembered only after the
 * robot took the message, so a failed delivery is tried again at the next pass, and a state that
 * holds is never repeated. A first look at a shop that is fine records it without a message.
 */
import type { AlertChannelRow } from '../db/alertSchema';
import { dayToNumber } from '../time/china';
import type { DueCase, ShopFacts, Verdict } from './facts';

export const DEFAULT_FORECAST_DAYS = 7;
export const DEFAULT_STALE_DAYS = 2;

export type Change =
  | { topic: 'status'; from: Verdict | null; to: Verdict }
  | { topic: 'penalty'; started: boolean }
  | { topic: 'forecast'; on: string; inDays: number }
  | { topic: 'deadline'; cases: DueCase[] }
  | { topic: 'stale'; daysOld: number };

export type Triggers = Pick<
  AlertChannelRow,
  'on_status' | 'on_penalty' | 'on_deadline' | 'forecast_days' | 'stale_days'
>;

export interface Evaluation {
  changes: Change[];
  /** What to remember once the message is delivered (or at once, when there is nothing to tell). */
  next: Map<string, string>;
}

const VERDICTS: readonly string[] = ['ok', 'watch', 'over', 'breach'];

export function evaluate(facts: ShopFacts, triggers: Triggers, prev: ReadonlyMap<string, string>): Evaluation {
  const changes: Change[] = [];
  const next = new Map<string, string>();
  const note = (topic: string, value: string) => {
    if (prev.get(topic) !== value) next.set(topic, value);
  };

  // Status, penalty and forecast are verdicts: only from a complete day.
  if (triggers.on_status && facts.status) {
    const before = prev.get('status');
    const from = before && VERDICTS.includes(before) ? (before as Verdict) : null;
    if (from !== facts.status && (from !== null || facts.status !== 'ok'))
      changes.push({ topic: 'status', from, to: facts.status });
    note('status', facts.status);
  }
  if (triggers.on_penalty && facts.status) {
    const running = facts.penalties
      .map((p) => p.name.en)
      .sort()
      .join('|');
    const before = prev.get('penalty') ?? '';
    if (running !== before) changes.push({ topic: 'penalty', started: running !== '' });
    note('penalty', running);
  }
  if (triggers.forecast_days !== null && facts.status && facts.day) {
    const overNow = facts.status === 'over' || facts.status === 'breach';
    const inDays = facts.firstOverOn ? dayToNumber(facts.firstOverOn) - dayToNumber(facts.day) : null;
    const soon = !overNow && inDays !== null && inDays > 0 && inDays <= triggers.forecast_days;
    if (soon && prev.get('forecast') !== 'soon')
      changes.push({ topic: 'forecast', on: facts.firstOverOn!, inDays: inDays! });
    note('forecast', soon ? 'soon' : 'clear');
  }
  if (triggers.on_deadline) {
    const told = new Set((prev.get('deadline') ?? '').split('\n').filter(Boolean));
    const fresh = facts.dueCases.filter((c) => !told.has(c.caseNo));
    if (fresh.length) changes.push({ topic: 'deadline', cases: fresh });
    note(
      'deadline',
      facts.dueCases
        .map((c) => c.caseNo)
        .sort()
        .join('\n'),
    );
  }
  if (triggers.stale_days !== null && facts.daysOld !== null) {
    const stale = facts.daysOld > triggers.stale_days;
    if (stale && prev.get('stale') !== 'stale') changes.push({ topic: 'stale', daysOld: facts.daysOld });
    note('stale', stale ? 'stale' : 'fresh');
  }
  return { changes, next };
}
