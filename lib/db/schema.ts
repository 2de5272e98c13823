/**
 * Kysely table types, every table's here (the alert tables' beside it, in alertSchema.ts).
 * Migrations create the tables, they do not define their types. Day keys are China calendar days "YYYY-MM-DD"; timestamps China wall-clock
 * text. A column that holds one of a few words is typed as their union, so no reader casts it.
 */
import type { Generated, Selectable } from 'kysely';
import type { Combine, FileKind, InterventionBasis, OrderBasis, PlatformId } from '../types';
import type { AlertChannelTable, AlertDeliveryTable, AlertLeaseTable, AlertStateTable } from './alertSchema';

/** undone: imported, then undone by the merchant (its rows went, or went back to what came before). */
export type ImportOutcome = 'imported' | 'rejected' | 'undone';
export type RuleChangeAction = 'set' | 'reset';

export interface ShopTable {
  id: Generated<number>;
  name: string;
  platform: PlatformId;
  created_at: string;
  /** Which day an order counts on (calibration picks it). */
  order_basis: Generated<OrderBasis>;
  /** Which day an intervention counts on. */
  intervention_basis: Generated<InterventionBasis>;
}

/** A shop as stored: what every page, command and report is handed once it is found (by id). */
export type ShopRow = Selectable<ShopTable>;

export interface OrderTable {
  shop_id: number;
  order_no: string;
  paid_at: string | null;
  paid_day: string | null;
  shipped_day: string | null;
  received_day: string | null;
  status: string;
  amount_cents: number | null;
  product: string;
  courier: string;
  import_id: number;
  /** 1 when only line-item files have described the order: an order-level file's amount, product and status win. */
  from_items: Generated<number>;
}

export interface CaseTable {
  shop_id: number;
  case_no: string;
  order_no: string;
  applied_at: string | null;
  applied_day: string | null;
  completed_at: string | null;
  completed_day: string | null;
  status: string;
  /** The status that showed the intervention; kept when a later export no longer shows it. */
  intervened_status: string | null;
  type: string;
  reason: string;
  product: string;
  deadline_at: string | null;
  amount_cents: number | null;
  responsible: string;
  intervened: number;
  platform_initiated: number;
  import_id: number;
}

export interface DailyTable {
  shop_id: number;
  day: string;
  orders_paid: number;
  orders_shipped: number;
  orders_received: number;
  interventions_applied: number;
  interventions_completed: number;
}

export interface ImportTable {
  id: Generated<number>;
  shop_id: number | null;
  file_name: string;
  sha256: string | null;
  size_bytes: number | null;
  platform: PlatformId | null;
  kind: FileKind | null;
  encoding: string | null;
  rows_read: Generated<number>;
  rows_new: Generated<number>;
  rows_updated: Generated<number>;
  rows_skipped: Generated<number>;
  /** Rows repeating an earlier row of the file, same order or case number (0012_import_counts); null before it, and for a refused file. */
  rows_repeated: number | null;
  /** Distinct rows already stored exactly so; null like rows_repeated. */
  rows_unchanged: number | null;
  date_from: Generated<string | null>;
  date_to: Generated<string | null>;
  /** The span the merchant says the file covers, when wider than its rows (0004_coverage). */
  covers_from: Generated<string | null>;
  covers_to: Generated<string | null>;
  outcome: ImportOutcome;
  /** A refused file's message as text, "中文\nEnglish": rows written before 0006_message_codes. */
  message: Generated<string | null>;
  /** A refused file's message as its code and parameters (JSON), rendered when shown (0006). */
  message_code: Generated<string | null>;
  message_params: Generated<string | null>;
  error_count: Generated<number>;
  started_at: string;
  finished_at: string;
}

export interface ImportErrorTable {
  import_id: number;
  line: number;
  column_name: string | null;
  code: string;
  /** The message's parameters (JSON), rendered with `code` when shown (0006_message_codes). */
  params: Generated<string | null>;
  /** The rendered text of rows written before 0006; empty on newer rows. */
  message_zh: string;
  message_en: string;
}

export interface ShareLinkTable {
  /** Public id for the admin side and the CLI; not a secret. */
  id: string;
  shop_id: number;
  label: Generated<string>;
  /** sha256 (hex) of the token in the URL; the token itself is never stored. */
  token_hash: string;
  range_kind: 'rolling' | 'fixed';
  range_days: number | null;
  range_from: string | null;
  range_to: string | null;
  /** ISO 8601 UTC instants. */
  expires_at: string | null;
  password_hash: string | null;
  include_orders: Generated<number>;
  created_at: string;
  revoked_at: string | null;
  views: Generated<number>;
  last_viewed_at: string | null;
}

/** A visitor who typed a link's password: the cookie's sha256, valid until expires_at. */
export interface ShareGrantTable {
  token_hash: string;
  link_id: string;
  created_at: string;
  expires_at: string;
}

export interface AuthAttemptTable {
  id: Generated<number>;
  scope: string;
  at: string;
  /** The client's address ('' for rows from before 0005). */
  address: Generated<string>;
}

export interface AdminSessionTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** Fingerprint of the admin password the session was made under (null: made before 0005, invalid). */
  password_fp: string | null;
}

/** A shop's own numbers for one rule; the description (names, penalties, source) stays with the preset. */
export interface ShopRuleTable {
  shop_id: number;
  preset_id: string;
  enabled: number;
  main: number;
  window_days: number;
  rate: number | null;
  rate_multiple: number | null;
  category_average: number | null;
  count: number | null;
  combine: Combine;
  sustain_days: number;
  watch: number;
  floor_base: number | null;
  floor_count: number | null;
  updated_at: string;
}

/** A figure the merchant read off the platform back end, to compare Redline's definitions with. */
export interface CalibrationEntryTable {
  id: Generated<number>;
  shop_id: number;
  day: string;
  count: number;
  rate: number;
  created_at: string;
}

/** One change to a shop's rule: when, and the numbers before and after (JSON of the rule's settings). */
export interface RuleChangeTable {
  id: Generated<number>;
  shop_id: number;
  preset_id: string;
  at: string;
  /** A merchant's change, or back to the preset. */
  action: RuleChangeAction;
  before_json: string;
  after_json: string;
}

export interface ColumnMappingTable {
  id: Generated<number>;
  shop_id: number;
  /** The header's column names in order, joined by U+001F (lib/import/mapping.ts headerKey). */
  header_key: string;
  platform: PlatformId;
  kind: FileKind;
  /** JSON object: field -> column name. */
  columns: string;
  /** JSON array of status values that mean "the platform stepped in", or null. */
  intervention_values: string | null;
  created_at: string;
}

/** An upload's progress as the page polls it, from whichever instance it asks (0010). */
export interface ImportJobTable {
  job_id: string;
  phase: string;
  bytes_read: number;
  total_bytes: number | null;
  rows_read: number;
  /** ISO time of the last write, UTC: old rows are cleared by it. */
  updated_at: string;
}

export interface Database {
  shops: ShopTable;
  orders: OrderTable;
  cases: CaseTable;
  daily: DailyTable;
  imports: ImportTable;
  import_errors: ImportErrorTable;
  shop_rules: ShopRuleTable;
  calibration_entries: CalibrationEntryTable;
  rule_changes: RuleChangeTable;
  share_links: ShareLinkTable;
  share_grants: ShareGrantTable;
  auth_attempts: AuthAttemptTable;
  admin_sessions: AdminSessionTable;
  column_mappings: ColumnMappingTable;
  import_jobs: ImportJobTable;
  alert_channels: AlertChannelTable;
  alert_state: AlertStateTable;
  alert_deliveries: AlertDeliveryTable;
  alert_leases: AlertLeaseTable;
}
