/**
 * Rules that need what the data does not hold get no verdict: open cases from an old after-sales
 * export show no time left, a category-multiple rule without the category average says unknown;
 * and a rule that counts one refund reason (Tmall 新鲜日期) counts it alone, in the count and in the base.
 */
import { describe, expect, it } from 'vitest';
import { saveShopRuleRows } from '@/lib/db/queries/saveShopRuleRows';
import { applyRuleChange, resolveShopRules, ruleRow } from '@/lib/rules/shopRules';
import { reportOf } from '../helpers/db';
import { openDb, seedShop, tempDb } from './fixture';

describe('rules that need what is not there, and rules that count one reason', () => {
  it('open cases from an old after-sales export show no time left: their status may have changed', async () => {
    const c = await openDb(tempDb().file);
    try {
      await seedShop(c, {
        name: '旧店',
        platform: 'pdd',
        from: '2024-02-01',
        to: '2024-03-31',
        perDay: 10,
        cases: [{ caseNo: 'O1', orderNo: '2024-03-20#0', applied: '2024-03-30', deadline: '2024-04-01 10:00:00' }],
      });
      // Two years later: the old deadline would be "overdue by 1,050,000 minutes".
      const old = (await reportOf(c, '旧店', { now: new Date('2026-04-01T04:00:00Z') }))!;
      expect(old.stale).toEqual({ day: '2024-03-31', daysOld: 731 });
      expect(old.drivers.openCasesAsOf).toBe('2024-03-31');
      expect(old.drivers.openCases[0]).toMatchObject({ caseNo: 'O1', minutesLeft: null });
      // The day after the export: fresh, 22 hours left (04-01 10:00 − 03-31 12:00).
      const fresh = (await reportOf(c, '旧店', { now: new Date('2024-03-31T04:00:00Z') }))!;
      expect(fresh.stale).toBeNull();
      expect(fresh.drivers.openCases[0].minutesLeft).toBe(22 * 60);
    } finally {
      await c.db.destroy();
    }
  });

  it('a category-multiple rule without the average says unknown, never ok; with it, it judges', async () => {
    const c = await openDb(tempDb().file);
    try {
      const shopId = await seedShop(c, {
        name: '全球购',
        platform: 'taobao',
        from: '2024-03-01',
        to: '2024-03-31',
        perDay: 10,
        cases: Array.from({ length: 5 }, (_, i) => ({
          caseNo: `G${i}`,
          orderNo: `2024-03-2${i}#0`,
          applied: `2024-03-2${i}`,
        })),
      });
      const rules = applyRuleChange(resolveShopRules('taobao', []), 'taobao-global-buy-shop', {
        enabled: true,
        main: true,
      });
      await saveShopRuleRows(
        c.db,
        rules.map((r) => ruleRow(shopId, r, '2024-04-01 08:00:00')),
      );
      const r = (await reportOf(c, '全球购', { now: new Date('2024-04-01T04:00:00Z') }))!;
      expect(r.mainRule).toBe('taobao-global-buy-shop');
      expect(r.rules[0].rule.needsCategoryAverage).toBe(true);
      // 5 of 300 on 03-31, 5 ≥ 2 but no rate line: unknown, not "over by count alone".
      expect(r.days.at(-1)).toMatchObject({ interventions30d: 5, complete: true, status: 'unknown' });
      expect(r.headroom).toBeNull();
      const withAvg = applyRuleChange(rules, 'taobao-global-buy-shop', { categoryAverage: 0.005 });
      await saveShopRuleRows(
        c.db,
        withAvg.map((x) => ruleRow(shopId, x, '2024-04-01 09:00:00')),
      );
      // 3 × 0.5% = 1.5%; 5/300 = 1.67% ≥ 1.5% and 5 ≥ 2: over.
      const r2 = (await reportOf(c, '全球购', { now: new Date('2024-04-01T04:00:00Z') }))!;
      expect(r2.days.at(-1)).toMatchObject({ status: 'breach' });
    } finally {
      await c.db.destroy();
    }
  });

  it('Tmall 新鲜日期 counts only its refund reason, in the count and in the base', async () => {
    const c = await openDb(tempDb().file);
    try {
      const fresh = '新鲜日期与商家承诺不符';
      // In 03-02 … 03-31: 10 orders with a case, 6 of the fresh-date reason, 3 of those intervened;
      // 4 other cases, all intervened.
      const cases = [
        ...Array.from({ length: 6 }, (_, i) => ({
          caseNo: `F${i}`,
          orderNo: `2024-03-1${i}#0`,
          applied: `2024-03-1${i}`,
          reason: fresh,
          intervened: i < 3,
        })),
        ...Array.from({ length: 4 }, (_, i) => ({
          caseNo: `Q${i}`,
          orderNo: `2024-03-2${i}#0`,
          applied: `2024-03-2${i}`,
          reason: '质量问题',
        })),
      ];
      const shopId = await seedShop(c, {
        name: '天猫',
        platform: 'taobao',
        from: '2024-03-01',
        to: '2024-03-31',
        perDay: 10,
        cases,
      });
      const rules = applyRuleChange(resolveShopRules('taobao', []), 'tmall-fresh-date', { enabled: true, main: true });
      await saveShopRuleRows(
        c.db,
        rules.map((r) => ruleRow(shopId, r, '2024-04-01 08:00:00')),
      );
      const r = (await reportOf(c, '天猫', { now: new Date('2024-04-01T04:00:00Z') }))!;
      expect(r.mainRule).toBe('tmall-fresh-date');
      // 3 of 6 = 50% ≥ 5%, but 3 < 5 (and < 0.8 × 5 for watch): ok. Counting every case would be 7 of 10: over.
      expect(r.days.at(-1)).toMatchObject({
        date: '2024-03-31',
        ruleCount30d: 3,
        base30d: 6,
        baseRate30d: 0.5,
        interventions30d: 7,
        status: 'ok',
      });
      const dispute = r.rules.find((x) => x.rule.presetId === 'taobao-dispute-refund')!;
      expect(dispute.latest).toMatchObject({ interventions30d: 7, base30d: 300 });
    } finally {
      await c.db.destroy();
    }
  });
});
