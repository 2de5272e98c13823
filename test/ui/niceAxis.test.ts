/** Chart axes at round steps: what the merchant reads off the rate and count charts. */
import { describe, expect, it } from 'vitest';
import { niceAxis } from '@/app/_components/niceAxis';

describe('niceAxis', () => {
  it('counts: 81 reads 0/20/40/…/100, not 0/25/50/81', () => {
    expect(niceAxis(81, { whole: true })).toEqual({ top: 100, ticks: [0, 20, 40, 60, 80, 100] });
  });
  it('counts: 11.5 reads in steps of 2.5 rounded up to whole steps of 3, never fractions of an order', () => {
    expect(niceAxis(11.5, { whole: true })).toEqual({ top: 12, ticks: [0, 3, 6, 9, 12] });
  });
  it('counts: nothing yet still has an axis from 0 to 1', () => {
    expect(niceAxis(0, { whole: true })).toEqual({ top: 1, ticks: [0, 1] });
  });
  it('rates: 4.5% with headroom reads 0/2/4/6%, not 0/2/4/4.5%', () => {
    expect(niceAxis(0.045 * 1.15)).toEqual({ top: 0.06, ticks: [0, 0.02, 0.04, 0.06] });
  });
  it('rates: 0.4% reads in steps of 0.1%, exact to the tick', () => {
    expect(niceAxis(0.004)).toEqual({ top: 0.004, ticks: [0, 0.001, 0.002, 0.003, 0.004] });
  });
  it('rates: 12% reads in steps of 2.5%', () => {
    expect(niceAxis(0.12)).toEqual({ top: 0.125, ticks: [0, 0.025, 0.05, 0.075, 0.1, 0.125] });
  });
});
