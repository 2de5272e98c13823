/**
 * What a channel is told, from a shop's facts and what it was told before: a change once, never a
 * repeat while nothing changes, "back to safe" when it ends, and nothing from a shop without a
 * complete day (no verdict from incomplete data).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Triggers } from '@/lib/alerts/evaluate';
import type { ShopFacts } from '@/lib/alerts/facts';
import { digestMessage, factLines } from '@/lib/alerts/message';

const all: Triggers = { on_status: 1, on_penalty: 1, on_deadline: 1, forecast_days: 7, stale_days: 2 };

const facts = (over: Partial<ShopFacts> = {}): ShopFacts => ({
  shopId: 1,
  shop: '旗舰店',
  platform: 'pdd',
  day: '2024-03-31',
  status: 'ok',
  since: '2024-03-01',
  windowDays: 30,
  rate: 0.01,
  rateLine: 0.03,
  count: 15,
  countLine: 10,
  headroom: 30,
  safeOn: null,
  topDriver: null,
  penalties: [],
  firstOverOn: null,
  dueCases: [],
  daysOld: 1,
  ...over,
});

/** Evaluates, then remembers as a delivered message would. */
function pass(f: ShopFacts, told: Map<string, string>, t: Triggers = all) {
  const { changes, next } = evaluate(f, t, told);
  for (const [k, v] of next) told.set(k, v);
  return changes;
}

describe('evaluate', () => {
  it('a first look at a shop that is fine says nothing but remembers it', () => {
    const told = new Map<string, string>();
    expect(pass(facts(), told)).toEqual([]);
    expect(told.get('status')).toBe('ok');
  });

  it('says each status change once, and "back to safe" when it ends', () => {
    const told = new Map<string, string>();
    pass(facts(), told);
    expect(pass(facts({ status: 'watch' }), told)).toEqual([{ topic: 'status', from: 'ok', to: 'watch' }]);
    expect(pass(facts({ status: 'watch' }), told)).toEqual([]);
    expect(pass(facts({ status: 'over' }), told)).toEqual([{ topic: 'status', from: 'watch', to: 'over' }]);
    expect(pass(facts({ status: 'over' }), told)).toEqual([]);
    expect(pass(facts({ status: 'ok' }), told)).toEqual([{ topic: 'status', from: 'over', to: 'ok' }]);
  });

  it('gives no verdict without a complete day: status, forecast and penalty stay as last told', () => {
    const told = new Map([['status', 'over']]);
    const none = facts({ day: null, status: null, firstOverOn: '2024-04-02', daysOld: null });
    expect(pass(none, told)).toEqual([]);
    expect(told.get('status')).toBe('over');
  });

  it('a penalty starting and ending, once each', () => {
    const told = new Map<string, string>();
    pass(facts(), told);
    const penalties = [{ name: { zh: '禁止上资源位', en: 'No promotion slots' }, endsOn: '2024-04-01' }];
    expect(pass(facts({ status: 'breach', penalties }), told)).toEqual([
      { topic: 'status', from: 'ok', to: 'breach' },
      { topic: 'penalty', started: true },
    ]);
    expect(pass(facts({ status: 'breach', penalties }), told)).toEqual([]);
    expect(pass(facts({ status: 'ok' }), told)).toEqual([
      { topic: 'status', from: 'breach', to: 'ok' },
      { topic: 'penalty', started: false },
    ]);
  });

  it('the forecast within N days (7 by default), not when already over, once', () => {
    const told = new Map<string, string>();
    pass(facts(), told);
    expect(pass(facts({ firstOverOn: '2024-04-08' }), told)).toEqual([]); // 8 days out
    expect(pass(facts({ firstOverOn: '2024-04-07' }), told)).toEqual([
      { topic: 'forecast', on: '2024-04-07', inDays: 7 },
    ]);
    expect(pass(facts({ firstOverOn: '2024-04-06' }), told)).toEqual([]);
    // Already over: the status said it; no forecast on top.
    expect(pass(facts({ status: 'over', firstOverOn: '2024-04-02' }), new Map([['status', 'over']]))).toEqual([]);
  });

  it('evidence deadlines within 24 h: each case once', () => {
    const told = new Map<string, string>();
    const a = { caseNo: 'A1', deadlineAt: '2024-04-01 20:00:00', minutesLeft: 600 };
    const b = { caseNo: 'B2', deadlineAt: '2024-04-01 22:00:00', minutesLeft: 720 };
    expect(pass(facts({ dueCases: [a] }), told)).toEqual([{ topic: 'deadline', cases: [a] }]);
    expect(pass(facts({ dueCases: [a, b] }), told)).toEqual([{ topic: 'deadline', cases: [b] }]);
    expect(pass(facts({ dueCases: [a, b] }), told)).toEqual([]);
  });

  it('data stale for more than N days, once until fresh data comes', () => {
    const told = new Map<string, string>();
    expect(pass(facts({ daysOld: 2 }), told)).toEqual([]);
    expect(pass(facts({ daysOld: 3 }), told)).toEqual([{ topic: 'stale', daysOld: 3 }]);
    expect(pass(facts({ daysOld: 4 }), told)).toEqual([]);
    expect(pass(facts({ daysOld: 1 }), told)).toEqual([]);
    expect(pass(facts({ daysOld: 5 }), told)).toEqual([{ topic: 'stale', daysOld: 5 }]);
  });

  it('a trigger that is off says nothing', () => {
    const off: Triggers = { on_status: 0, on_penalty: 0, on_deadline: 0, forecast_days: null, stale_days: null };
    const f = facts({
      status: 'over',
      firstOverOn: '2024-04-01',
      daysOld: 9,
      dueCases: [{ caseNo: 'A1', deadlineAt: '2024-04-01 20:00:00', minutesLeft: 600 }],
    });
    expect(pass(f, new Map(), off)).toEqual([]);
  });
});

it('the English headroom line agrees with its number', () => {
  const line = (n: number) => factLines(facts({ headroom: n }), 'en').find((l) => l.startsWith('Headroom'));
  expect(line(1)).toBe('Headroom: 1 more intervention order puts the shop over the line');
  expect(line(5)).toBe('Headroom: 5 more intervention orders put the shop over the line');
});

it('no verdict for want of a category average says so, not that the exports fall short', () => {
  // A complete day, judged by a "5× category average" rule whose average is not typed in yet.
  expect(factLines(facts({ status: null }), 'en')).toEqual([
    "No verdict: the rule's line is a multiple of the category average, which is not entered yet (shop settings)",
  ]);
  expect(factLines(facts({ status: null, day: null }), 'en')).toEqual([
    'The exports do not cover a whole 30-day window yet: no verdict',
  ]);
});

it('the digest says how old a shop’s figures are when they are not yesterday’s', () => {
  const [fresh, old] = digestMessage(
    '2024-04-10',
    [facts({ shop: 'A', day: '2024-04-09', daysOld: 1 }), facts({ shop: 'B', day: '2024-03-31', daysOld: 10 })],
    'en',
    null,
  ).lines;
  expect(fresh).toBe('A: ok · 1.00% (line 3.00%) · headroom 30');
  expect(old).toBe('B: ok · 1.00% (line 3.00%) · headroom 30 · figures as of 2024-03-31');
});
