import { describe, expect, test } from 'vitest';
import { byRisk, type RiskFacts } from '@/lib/report/riskOrder';

const shop = (name: string, f: Partial<RiskFacts>): RiskFacts => ({
  name,
  status: 'ok',
  headroom: 10,
  ruleRate: 0.01,
  rateLine: 0.03,
  ...f,
});

describe('shops by risk', () => {
  test('penalty, over, watch, unknown, ok, whatever order they come in', () => {
    const list = [
      shop('ok', { status: 'ok' }),
      shop('unknown', { status: 'unknown', headroom: null }),
      shop('nodata', { status: null, headroom: null, ruleRate: null }),
      shop('watch', { status: 'watch', headroom: 1 }),
      shop('penalty', { status: 'breach', headroom: 0 }),
      shop('over', { status: 'over', headroom: 0 }),
    ];
    expect(list.sort(byRisk).map((s) => s.name)).toEqual(['penalty', 'over', 'watch', 'unknown', 'nodata', 'ok']);
  });

  test('within a status, the fewest orders to the line first; a shop no order can put over last', () => {
    const list = [shop('roomy', { headroom: 40 }), shop('never', { headroom: null }), shop('tight', { headroom: 3 })];
    expect(list.sort(byRisk).map((s) => s.name)).toEqual(['tight', 'roomy', 'never']);
  });

  test('two shops over the line: the one further past its line first', () => {
    const list = [
      shop('just over', { status: 'over', headroom: 0, ruleRate: 0.031 }),
      shop('far over', { status: 'over', headroom: 0, ruleRate: 0.06 }),
    ];
    expect(list.sort(byRisk).map((s) => s.name)).toEqual(['far over', 'just over']);
  });
});
