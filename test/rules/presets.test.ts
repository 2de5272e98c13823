import { describe, expect, it } from 'vitest';
import { ruleChangeInput } from '@/lib/input/rules';
import { effectiveRate, findPreset, PRESETS, presetsFor } from '@/lib/rules/presets';
import { applyRuleChange, lineOf, RuleChangeError, resolveShopRules, ruleRow } from '@/lib/rules/shopRules';

const PLATFORMS = ['pdd', 'taobao', 'jd', 'douyin', 'kuaishou'] as const;
const HAN = /\p{Script=Han}/u;

/** Chinese in zh; English in en, where Chinese appears only as a refund reason the rule quotes verbatim. */
function expectBilingual(b: { zh: string; en: string }, reasons: string[] | null, what: string) {
  expect(b.zh, what).toMatch(HAN);
  expect(b.en, what).toMatch(/[A-Za-z]{3}/);
  expect(
    (reasons ?? []).reduce((en, r) => en.replaceAll(r, ''), b.en),
    what,
  ).not.toMatch(HAN);
}

describe('presets as data', () => {
  it('every platform has exactly one rule on by default, first in its list, and every text is in both languages', () => {
    for (const p of PLATFORMS) {
      const on = presetsFor(p).filter((r) => r.enabledByDefault);
      expect(
        on.map((r) => r.platform),
        p,
      ).toEqual([p]);
      expect(presetsFor(p)[0], p).toBe(on[0]);
    }
    expect(new Set(PRESETS.map((r) => r.platform))).toEqual(new Set(PLATFORMS));
    for (const r of PRESETS) {
      expectBilingual(r.name, r.reasons, `${r.id} name`);
      expectBilingual(r.source.text, r.reasons, `${r.id} source`);
      expectBilingual(r.why, r.reasons, `${r.id} why`);
      expect(r.penalties.length, r.id).toBeGreaterThanOrEqual(1);
      for (const p of r.penalties) {
        expectBilingual(p.name, r.reasons, `${r.id} penalty`);
        // A penalty lasts whole days, or until lifted (null).
        if (p.days !== null) expect(Number.isInteger(p.days) && p.days >= 1, `${r.id} penalty days`).toBe(true);
      }
      // An estimate is never presented as public; a public rule says when it was published.
      if (r.source.confidence === 'estimate') expect(r.source.public).toBe(false);
      if (r.source.public) expect(r.source.date, r.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });
  it('Pinduoduo: rate and count, numbers not public, two 1-day penalties', () => {
    const [pdd] = presetsFor('pdd');
    expect(pdd).toMatchObject({ id: 'pdd-intervention', combine: 'and', windowDays: 30, watch: 0.8 });
    expect(pdd.rate).not.toBeNull();
    expect(pdd.count).not.toBeNull();
    expect(pdd.source).toMatchObject({ public: false, confidence: 'estimate' });
    // The definition is sourced (the 2017-12 notice); the threshold is not, and the preset says why its default is what it is.
    expect(pdd.source.text.en).toMatch(/2017-12.*group-formed.*never published/);
    expect(pdd.why.en).toMatch(/5× the category average/);
    expect(pdd.penalties.map((p) => [p.name.zh, p.days])).toEqual([
      ['移除资源位、禁止上新', 1],
      ['全店商品降权', 1],
    ]);
  });
  it('Tmall fresh date: ≥ 5% and ≥ 5, public, one refund reason only, off by default', () => {
    expect(findPreset('tmall-fresh-date')).toMatchObject({
      rate: 0.05,
      count: 5,
      combine: 'and',
      base: 'afterSalesOrders',
      reasons: ['新鲜日期与商家承诺不符'],
      enabledByDefault: false,
      source: { public: true, confidence: 'H', date: '2026-06-08' },
    });
  });
  it('Taobao Global Buy shop market: 3× the category average and a count of 2', () => {
    expect(findPreset('taobao-global-buy-shop')).toMatchObject({
      rate: null,
      rateMultiple: 3,
      count: 2,
      combine: 'and',
      enabledByDefault: false,
      source: { public: true, confidence: 'H', date: '2026-06' },
    });
  });
  it('PDD 5× the category average: needs the average, off by default', () => {
    const r = resolveShopRules('pdd', []).find((x) => x.presetId === 'pdd-intervention-category')!;
    expect(r).toMatchObject({ rateMultiple: 5, enabled: false, needsCategoryAverage: true });
  });
  it('JD: the default says why it counts from the first reply', () => {
    expect(findPreset('jd-intervention')!.why.en).toMatch(/first reply/);
  });
  it('Taobao Global Buy: more than 5× the category average and more than 3', () => {
    const g = findPreset('taobao-global-buy')!;
    expect(g).toMatchObject({
      rate: null,
      rateMultiple: 5,
      count: 4,
      combine: 'and',
      enabledByDefault: false,
      source: { public: true },
    });
    expect(effectiveRate(g)).toBeNull();
    expect(effectiveRate({ ...g, categoryAverage: 0.004 })).toBeCloseTo(0.02, 12);
  });
  it('Douyin help rate: over orders with an after-sales case, with its small-shop floor', () => {
    expect(findPreset('douyin-help-rate')).toMatchObject({
      base: 'afterSalesOrders',
      floor: { base: 500, count: 3 },
      source: { date: '2026-07-14', public: false },
    });
    expect(findPreset('douyin-help-rate')!.why.en).toMatch(/300/);
  });
  it('JD and Kuaishou are labelled estimates', () => {
    for (const p of ['jd', 'kuaishou'])
      for (const r of presetsFor(p)) expect(r.source).toMatchObject({ public: false, confidence: 'estimate' });
  });
});

describe('a shop’s rules', () => {
  it('start from the platform preset, main first, niche rules off', () => {
    const rules = resolveShopRules('taobao', []);
    expect(rules.map((r) => [r.presetId, r.main, r.enabled, r.edited])).toEqual([
      ['taobao-dispute-refund', true, true, false],
      ['tmall-fresh-date', false, false, false],
      ['taobao-global-buy', false, false, false],
      ['taobao-global-buy-shop', false, false, false],
    ]);
    expect(rules[2].needsCategoryAverage).toBe(true);
  });
  it('stored numbers override the preset, and the shop can move its main rule', () => {
    const rules = resolveShopRules('taobao', []);
    const changed = applyRuleChange(rules, 'tmall-fresh-date', { count: 7, main: true, enabled: true });
    const rows = changed.map((r) => ruleRow(1, r, '2026-01-01 00:00:00'));
    const again = resolveShopRules('taobao', rows);
    expect(again[0]).toMatchObject({
      presetId: 'tmall-fresh-date',
      main: true,
      count: 7,
      rate: 0.05,
      edited: true,
      updatedAt: '2026-01-01 00:00:00',
    });
    expect(again.filter((r) => r.main)).toHaveLength(1);
    // The description still comes from the preset.
    expect(again[0].source.public).toBe(true);
  });
  it('a rate clears the category multiple and the other way round; null leaves a threshold out', () => {
    const [g] = applyRuleChange(resolveShopRules('taobao', []), 'taobao-global-buy', { categoryAverage: 0.01 }).filter(
      (r) => r.presetId === 'taobao-global-buy',
    );
    expect(g).toMatchObject({ effectiveRate: 0.05, needsCategoryAverage: false });
    const [r] = applyRuleChange([g], 'taobao-global-buy', { rate: 0.03 });
    expect(r).toMatchObject({ rate: 0.03, rateMultiple: null, effectiveRate: 0.03 });
    const [n] = applyRuleChange([r], 'taobao-global-buy', { count: null });
    expect(lineOf(n)).toMatchObject({ rate: 0.03, count: null });
  });
  it('a disabled main rule hands "main" to the next enabled one', () => {
    const on = applyRuleChange(resolveShopRules('taobao', []), 'tmall-fresh-date', { enabled: true });
    const rows = applyRuleChange(on, 'taobao-dispute-refund', { enabled: false }).map((r) => ruleRow(1, r, 'x'));
    expect(resolveShopRules('taobao', rows).find((r) => r.main)?.presetId).toBe('tmall-fresh-date');
  });
  it('the last rule in use cannot be switched off', () => {
    expect(() => applyRuleChange(resolveShopRules('pdd', []), 'pdd-intervention', { enabled: false })).toThrow(
      RuleChangeError,
    );
    // With two in use, one can go.
    const on = applyRuleChange(resolveShopRules('taobao', []), 'tmall-fresh-date', { enabled: true });
    expect(applyRuleChange(on, 'tmall-fresh-date', { enabled: false }).filter((r) => r.enabled)).toHaveLength(1);
  });
  it('input is validated once, at the boundary', () => {
    expect(ruleChangeInput.safeParse({ rate: 4.5 }).success).toBe(false); // a fraction, not a percentage
    expect(ruleChangeInput.safeParse({ count: 2.5 }).success).toBe(false);
    expect(ruleChangeInput.safeParse({ combine: 'xor' }).success).toBe(false);
    expect(ruleChangeInput.safeParse({ sustainDays: 0 }).success).toBe(false);
    expect(
      ruleChangeInput.safeParse({ rate: 0.045, count: null, combine: 'or', sustainDays: 3, watch: 0.9 }).success,
    ).toBe(true);
  });
});
