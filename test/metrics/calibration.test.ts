import { describe, expect, it } from 'vitest';
import { bestDefinition, compare, impliedOrders } from '@/lib/metrics/calibration';

/**
 * The window ending 2024-05-31 (05-02 … 05-31). Orders by payment day 240, by shipping day 200,
 * by receipt day 150; interventions by application day 14, by completion day 12. A row on 05-01
 * (D-30) must not count.
 */
const daily = [
  {
    day: '2024-05-01',
    orders_paid: 1000,
    orders_shipped: 1000,
    orders_received: 1000,
    interventions_applied: 100,
    interventions_completed: 100,
  },
  {
    day: '2024-05-02',
    orders_paid: 140,
    orders_shipped: 100,
    orders_received: 50,
    interventions_applied: 10,
    interventions_completed: 2,
  },
  {
    day: '2024-05-31',
    orders_paid: 100,
    orders_shipped: 100,
    orders_received: 100,
    interventions_applied: 4,
    interventions_completed: 10,
  },
];

describe('calibration', () => {
  // The back end shows 12 interventions at 6.00%: it divides by 200 orders.
  const figure = { date: '2024-05-31', count: 12, rate: 0.06 };
  it('infers the denominator the back end uses: count ÷ rate', () => {
    expect(impliedOrders(figure)).toBeCloseTo(200, 9);
    expect(impliedOrders({ date: '2024-05-31', count: 0, rate: 0 })).toBeNull();
  });
  it('shows every definition, the matching one first', () => {
    const c = compare(daily, figure);
    expect(c).toHaveLength(6);
    expect(c[0]).toMatchObject({
      orders: 'shipped',
      interventions: 'completed',
      orders30d: 200,
      interventions30d: 12,
      rate30d: 0.06,
    });
    expect(c[0].error).toBeCloseTo(0, 9);
    const paidApplied = c.find((x) => x.orders === 'paid' && x.interventions === 'applied')!;
    // |14-12|/12 + |240-200|/200 = 0.1667 + 0.2
    expect(paidApplied).toMatchObject({ orders30d: 240, interventions30d: 14 });
    expect(paidApplied.error).toBeCloseTo(2 / 12 + 0.2, 9);
  });
  it('picks the definition that agrees over all figures', () => {
    expect(bestDefinition(daily, [figure], { orders: 'paid', interventions: 'applied' })).toMatchObject({
      orders: 'shipped',
      interventions: 'completed',
    });
    // 14 at 5.83% (÷ 240): payment and application day.
    expect(
      bestDefinition(daily, [{ date: '2024-05-31', count: 14, rate: 14 / 240 }], {
        orders: 'received',
        interventions: 'completed',
      }),
    ).toMatchObject({
      orders: 'paid',
      interventions: 'applied',
    });
  });
  it('keeps the shop’s own definition on a tie', () => {
    // Every definition gives 0 of 0 on a day with no data: all tie.
    const empty = { date: '2023-01-01', count: 0, rate: 0 };
    expect(bestDefinition(daily, [empty], { orders: 'received', interventions: 'completed' })).toMatchObject({
      orders: 'received',
      interventions: 'completed',
      error: 0,
    });
  });
  it('no figures, no best', () => {
    expect(bestDefinition(daily, [], { orders: 'paid', interventions: 'applied' })).toBeNull();
  });
});
