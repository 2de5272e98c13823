/**
 * A rule that divides by orders with an after-sales case (Douyin's help rate), on a real SQLite
 * file: its own base and rate, and the small-shop floor that holds until a fourth escalation.
 */
import { describe, expect, it } from 'vitest';
import { rebuildDaily } from '@/lib/db/queries/rebuildDaily';
import { reportOf } from '../helpers/db';
import { openDb, seedShop, tempDb } from './fixture';

describe('a rule over orders with an after-sales case (Douyin)', () => {
  it('divides by orders with a case, and the small-shop floor holds until a fourth escalation', async () => {
    const { file } = tempDb();
    const c = await openDb(file);
    try {
      // 20 orders a day; 22 orders with a case in the window, 3 of them escalated: 3/22 = 13.6%, but floored.
      const mk = (n: number, day: string, intervened: boolean) => ({
        caseNo: `${intervened ? 'E' : 'K'}${n}`,
        orderNo: `${day}#${n}`,
        applied: day,
        intervened,
      });
      const base = Array.from({ length: 19 }, (_, i) => mk(i, '2024-06-10', false));
      const esc = [mk(1, '2024-06-11', true), mk(2, '2024-06-12', true), mk(3, '2024-06-13', true)];
      const id = await seedShop(c, {
        name: '抖店',
        platform: 'douyin',
        from: '2024-06-01',
        to: '2024-06-30',
        perDay: 20,
        cases: [...base, ...esc],
      });
      let r = (await reportOf(c, '抖店', { from: '2024-06-30', to: '2024-06-30' }))!;
      expect(r.mainRule).toBe('douyin-help-rate');
      expect(r.days[0]).toMatchObject({
        orders30d: 600,
        interventions30d: 3,
        rate30d: 0.005,
        base30d: 22,
        status: 'ok',
      });
      expect(r.days[0].baseRate30d).toBeCloseTo(3 / 22, 9);
      // Count 4 is the line, and a fourth also lifts the floor (more than 3).
      expect(r.headroom).toBe(1);
      await c.db
        .insertInto('cases')
        .values({
          ...caseRow(),
          shop_id: id,
          case_no: 'E9',
          order_no: '2024-06-14#9',
          applied_at: '2024-06-14 09:00:00',
          applied_day: '2024-06-14',
        })
        .execute();
      await rebuildDaily(c.db, id);
      r = (await reportOf(c, '抖店', { from: '2024-06-30', to: '2024-06-30' }))!;
      expect(r.days[0]).toMatchObject({ interventions30d: 4, base30d: 23, status: 'breach' });
    } finally {
      await c.db.destroy();
    }
  });
});

function caseRow() {
  return {
    shop_id: 0,
    case_no: '',
    order_no: '',
    applied_at: null as string | null,
    applied_day: null as string | null,
    completed_at: null,
    completed_day: null,
    status: '仲裁中',
    intervened_status: null,
    type: '仅退款',
    reason: '',
    product: '',
    deadline_at: null,
    amount_cents: 100,
    responsible: '',
    intervened: 1,
    platform_initiated: 0,
    import_id: 0,
  };
}
