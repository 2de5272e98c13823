/**
 * One dashboard view asks the database a handful of times: the shop once (by id, shared by the
 * layout and the page through React `cache`), the shops for the switcher, the coverage, the
 * rules, the daily series once, and the drivers. Counted on a real SQLite file through a Kysely
 * plugin that sees every statement. Before the shop was addressed by id end to end, one view ran
 * 14 (the shop found four times, by id and by name, and the daily series read twice).
 */
import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDashboardView } from '@/app/_lib/dashboard';
import type { Connection } from '@/lib/db/connection';
import { listShops, shopById } from '@/lib/shops/shops';
import { openDb, seedShop, tempDb } from './fixture';

/** Every statement run through the database handle it is added to, by kind of node. */
function counter() {
  const seen: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      seen.push((node as RootOperationNode).kind);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { plugin, seen };
}

let conn: Connection;
let shopId: number;

beforeAll(async () => {
  conn = await openDb(tempDb().file);
  shopId = await seedShop(conn, {
    name: '计数店',
    platform: 'pdd',
    from: '2024-01-01',
    to: '2024-03-31',
    perDay: 10,
    cases: [
      { caseNo: 'C1', orderNo: '2024-03-01#0', applied: '2024-03-10', completed: '2024-03-11', reason: '未收到货' },
      {
        caseNo: 'C2',
        orderNo: '2024-03-02#0',
        applied: '2024-03-20',
        reason: '质量问题',
        deadline: '2024-04-02 10:00:00',
      },
    ],
  });
});

afterAll(async () => {
  await conn.db.destroy();
});

describe('one dashboard view', () => {
  it('runs 8 statements, whatever the range asked for', async () => {
    const now = new Date('2024-04-01T04:00:00Z');
    for (const search of [{}, { days: '30' }, { from: '2024-02-01', to: '2024-03-15' }]) {
      const { plugin, seen } = counter();
      const db = conn.db.withPlugin(plugin);
      // The layout and the page: one cached lookup of the shop, the switcher's list beside the view.
      const shop = (await shopById(db, shopId))!;
      const [view, shops] = await Promise.all([loadDashboardView(db, shop, search, now), listShops(db)]);
      expect(shops.map((s) => s.name)).toEqual(['计数店']);
      // What the view shows is all there: the latest complete day, its figures, the drivers.
      // C1 (03-10) and C2 (03-20) in the window ending 03-31; C1 alone in the one ending 03-15.
      const inWindow = view.range?.to === '2024-03-31' ? 2 : 1;
      expect(view.latest).toBe('2024-03-31');
      expect(view.report?.days.find((d) => d.date === view.range?.to)?.interventions30d).toBe(inWindow);
      expect(view.report?.drivers.total).toBe(inWindow);
      // A preset's range is followed by the days up to the latest data, drawn as partial: the daily
      // series with them. A range the merchant ended on a day of their own ends there.
      expect(view.report?.daily.at(-1)?.day).toBe(view.range?.kind === 'custom' ? '2024-03-15' : '2024-03-31');
      expect(view.report?.daily.length).toBe(view.report?.days.length);
      // shop, shops, import spans, latest day, rules, daily series, intervention orders, open cases.
      expect(seen).toHaveLength(8);
      expect(seen.every((k) => k === 'SelectQueryNode')).toBe(true);
    }
  });
});
