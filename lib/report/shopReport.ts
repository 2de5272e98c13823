/**
 * Everything a merchant is told about one shop, in one call: the dashboard, the shared report and
 * the `metrics` command all read this, so they can never disagree.
 */
import type { DB } from '../db/connection';
import type { ForecastDay, ForecastSummary, RollOffDay, Safety, StatusDay } from '../metrics/types';
import type { ShopRule } from '../rules/types';

export type { ForecastDay, ForecastScenarioDay, ForecastSummary, PenaltyEnd, RiskStatus, RollOffDay, Safety, StatusDay } from '../metrics/types';
export type { Bilingual, Combine, Penalty, RateBase, RuleSource, ShopRule } from '../rules/types';

export type OrderBasis = 'paid' | 'shipped' | 'received';
export type InterventionBasis = 'applied' | 'completed';

/** One rule evaluated over the report's days. */
export interface RuleReport {
  rule: ShopRule;
  /** Each day in [from, to] with its window figures on the rule's base and its status. */
  days: StatusDay[];
  /** The last day of `days`, or null when there are none. */
  latest: StatusDay | null;
  /** Fewest further intervention orders that put the latest day over the line; 0 when over; null when no number of them could. */
  headroom: number | null;
  /** The 30 days after the latest day: how many of the window's intervention orders leave on each. */
  rollOff: RollOffDay[];
  /** Days until the shop is no longer over with no new interventions (0 when not over, null if not within the window). */
  daysUntilSafe: number | null;
  safety: Safety;
  /** The next 14 days. */
  forecast: ForecastDay[];
  forecastSummary: ForecastSummary;
}

export interface DriverGroup {
  key: string;
  count: number;
}

export interface DriverOrder {
  orderNo: string;
  /** The day it counts on (application or completion day, by the shop's definition). */
  day: string;
  /** The day it leaves the window (day + window). */
  leavesOn: string;
  caseNo: string;
  status: string;
  type: string;
  reason: string;
  product: string;
  courier: string;
}

export interface OpenCase {
  caseNo: string;
  orderNo: string;
  status: string;
  type: string;
  reason: string;
  product: string;
  appliedAt: string | null;
  intervened: boolean;
  /** Evidence / auto-processing deadline (超时时间 / 自动处理截止时间), China wall clock. */
  deadlineAt: string | null;
  /** Minutes from `now` to the deadline; negative when past; null without a deadline. */
  minutesLeft: number | null;
}

export interface Drivers {
  window: { from: string; to: string } | null;
  total: number;
  byReason: DriverGroup[];
  byType: DriverGroup[];
  byProduct: DriverGroup[];
  byCourier: DriverGroup[];
  orders: DriverOrder[];
  openCases: OpenCase[];
}

export interface CalibrationDefinition {
  orders: OrderBasis;
  interventions: InterventionBasis;
}

export interface CalibrationComparison extends CalibrationDefinition {
  interventions30d: number;
  orders30d: number;
  rate30d: number | null;
  /** Relative error against the back end (0 = exact), summed over count and implied denominator. */
  error: number;
}

export interface CalibrationEntryReport {
  id: number;
  date: string;
  /** What the back end shows. */
  count: number;
  rate: number;
  /** count ÷ rate: the order count the back end must be dividing by; null when the rate is 0. */
  impliedOrders: number | null;
  /** Redline's figures for that day under every definition, best first. */
  comparisons: CalibrationComparison[];
}

export interface CalibrationInfo {
  /** The definition the shop uses now. */
  current: CalibrationDefinition;
  /** The definition that agrees best with every entry; null without entries. */
  best: (CalibrationDefinition & { error: number }) | null;
  entries: CalibrationEntryReport[];
}

export interface ShopReport {
  shop: string;
  platform: string;
  from: string | null;
  to: string | null;
  /** China wall clock the report was made for ("YYYY-MM-DD HH:MM:SS"). */
  now: string;
  basis: CalibrationDefinition;
  /** The main rule's id. */
  mainRule: string | null;
  /** The main rule's figures, flattened for the dashboard: */
  days: StatusDay[];
  headroom: number | null;
  rollOff: RollOffDay[];
  daysUntilSafe: number | null;
  safety: Safety | null;
  forecast: ForecastDay[];
  forecastSummary: ForecastSummary | null;
  /** Intervention orders in the main rule's window ending on `to`, and the open cases. */
  drivers: Drivers;
  /** Every enabled rule of the shop, main first. */
  rules: RuleReport[];
  calibration: CalibrationInfo;
}

export interface ShopReportOptions {
  from?: string;
  to?: string;
  /** The instant "now" (deadlines, time left); defaults to the clock. */
  now?: Date;
}

/** The report of a shop by name; null when there is no such shop. */
export async function getShopReport(db: DB, shopName: string, options: ShopReportOptions = {}): Promise<ShopReport | null> {
  void db;
  void shopName;
  void options;
  throw new Error('getShopReport: not built yet');
}
