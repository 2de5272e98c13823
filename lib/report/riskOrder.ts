/**
 * The home page's order: the shop most at risk first, so a shop in penalty never sits in the middle
 * of the list. By status (penalty, over, watch, unknown, ok), then by headroom (fewest further
 * intervention orders to the line first), then by how far the rate is past or near its line.
 */
import type { RiskStatus } from '../metrics/types';

const RANK: Record<RiskStatus | 'none', number> = { breach: 0, over: 1, watch: 2, unknown: 3, none: 3, ok: 4 };

export interface RiskFacts {
  name: string;
  status: RiskStatus | null;
  /** Further intervention orders to the line; 0 when over; null when none could put it over. */
  headroom: number | null;
  ruleRate: number | null;
  rateLine: number | null;
}

/** The rate as a share of its line (1 = on the line); unknown sorts after every known one. */
const nearness = (s: RiskFacts) => (s.ruleRate !== null && s.rateLine ? s.ruleRate / s.rateLine : -1);

export function byRisk(a: RiskFacts, b: RiskFacts): number {
  return (
    RANK[a.status ?? 'none'] - RANK[b.status ?? 'none'] ||
    (a.headroom ?? Number.POSITIVE_INFINITY) - (b.headroom ?? Number.POSITIVE_INFINITY) ||
    nearness(b) - nearness(a) ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}
