/** What a merchant is told about one shop: the shapes `getShopReport` returns. */
import type { InterventionOrderRow } from '../db/queries/interventionOrders';
import type { OpenCaseRow } from '../db/queries/openCases';
import type { Span } from '../metrics/coverage';
import type { ForecastDay, ForecastSummary, RollOffDay, Safety, StatusDay } from '../metrics/types';
import type { ShopRule } from '../rules/types';
import type { Definition, FileKind, PlatformId } from '../types';
import type { ShopCoverage } from './coverage';

/**
 * A day of the report: the shop's window figures as `metrics` always gave them (orders30d,
 * interventions30d, rate30d = interventions ÷ orders), the rule's base and rate (the same unless
 * the rule divides by orders with an after-sales case), and the rule's status that day.
 */
export interface ReportDay extends Omit<StatusDay, 'interventions30d' | 'orders30d'> {
  /** The window's orders; null when no order export covers any day of the window (not known, not 0). */
  orders30d: number | null;
  /**
   * The window's intervention orders; null when no after-sales export covers any day of the window
   * (interventions are known only from that export, so the count is not known, not 0).
   */
  interventions30d: number | null;
  /** The rule's own count: its intervention orders in the window (fewer than interventions30d when it counts one reason only); null like interventions30d. */
  ruleCount30d: number | null;
  /** The rule's base; null when it counts orders with an after-sales case and no after-sales export covers the window. */
  base30d: number | null;
  baseRate30d: number | null;
  /** Whether the day's whole window lies inside both the orders and the after-sales coverage. */
  complete: boolean;
}

export interface ReportCoverage {
  orders: Span[];
  afterSales: Span[];
  latestCompleteDay: string | null;
}

/** One rule evaluated over the report's days. */
export interface RuleReport {
  rule: ShopRule;
  /** Each day in [from, to] with its window figures and its status under this rule. */
  days: ReportDay[];
  /** The day that leads: the last complete day of `days`; null when none is complete. */
  latest: ReportDay | null;
  /** Fewest further intervention orders that put the latest complete day over the line; 0 when over; null when no number of them could, or no day is complete. */
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

/** An intervention order in the window; `day` is the day it counts on (by the shop's definition). */
export interface DriverOrder extends InterventionOrderRow {
  /** The day it leaves the window (day + window). */
  leavesOn: string;
}

/** An open case; `deadlineAt` is its evidence / auto-processing deadline (超时时间 / 自动处理截止时间). */
export interface OpenCase extends OpenCaseRow {
  /** Minutes from `now` to the deadline; negative when past; null without a deadline or when the after-sales export is stale. */
  minutesLeft: number | null;
}

export interface Drivers {
  window: { from: string; to: string } | null;
  /** False when no after-sales export covers any day of the window: its intervention orders are not known. */
  known: boolean;
  /** Known, but only some days of the window are covered: the orders listed are the least there are. */
  partial: boolean;
  total: number;
  byReason: DriverGroup[];
  byType: DriverGroup[];
  byProduct: DriverGroup[];
  byCourier: DriverGroup[];
  orders: DriverOrder[];
  openCases: OpenCase[];
  /**
   * Set when the after-sales export is older than the staleness limit: the last day it covers.
   * Time left is then not shown ("status may have changed since" that day).
   */
  openCasesAsOf: string | null;
}

export interface CalibrationComparison extends Definition {
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
  current: Definition;
  /** The definition that agrees best with every entry; null without entries. */
  best: (Definition & { error: number }) | null;
  entries: CalibrationEntryReport[];
}

export interface ShopReport {
  shop: string;
  platform: PlatformId;
  from: string | null;
  to: string | null;
  /** China wall clock the report was made for ("YYYY-MM-DD HH:MM:SS"). */
  now: string;
  basis: Definition;
  /** The main rule's id. */
  mainRule: string | null;
  /** The days each kind of export covers, and the latest day whose window both cover. */
  coverage: ReportCoverage;
  /** The day the headline, status, headroom, roll-off and forecast are for: the last complete day in range. */
  headlineDay: string | null;
  /** The latest day any export has data for. */
  latestDataDay: string | null;
  /** With no complete day: what to import (per kind, the days missing). */
  missing: { kind: FileKind; from: string; to: string }[];
  /** When the latest complete day is more than STALE_DAYS before today (China time). */
  stale: { day: string; daysOld: number } | null;
  /** The main rule's figures, flattened for the dashboard: */
  days: ReportDay[];
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
  /** The back-end figures and how each definition compares; null when not asked for. */
  calibration: CalibrationInfo | null;
  /**
   * The plain daily counts (new that day) on the shop's definition, one per day shown (`days`),
   * days without anything included as zeros: the "new that day" bars and the CSV's last columns.
   */
  daily: ReportDailyCount[];
}

/** A day's new orders and intervention orders; each null on a day no export of its kind covers. */
export interface ReportDailyCount {
  day: string;
  orders: number | null;
  interventions: number | null;
}

export interface ShopReportOptions {
  from?: string;
  to?: string;
  /** The instant "now" (deadlines, time left); defaults to the clock. */
  now?: Date;
  /**
   * Read the drivers (the window's intervention orders and the open cases) too; true by default.
   * They are the only part read from cases rather than the daily aggregates.
   */
  drivers?: boolean;
  /** The back-end figures (calibration) too; true by default. The dashboard does not show them. */
  calibration?: boolean;
  /**
   * Also return the days after `to` up to the latest day with data, marked incomplete: the
   * dashboard draws them as partial beside the days that carry a verdict.
   */
  partialTail?: boolean;
  /** The shop's coverage when the caller already read it (to pick the range): not read twice. */
  coverage?: ShopCoverage;
}
