/**
 * Shared shapes of the pure domain layer. Everything here is plain data (typed arrays,
 * strings, numbers) so it can cross a Web Worker boundary by structured clone and be
 * stored in IndexedDB as it is.
 */

/** Days since 1970-01-01 (UTC calendar day). Time of day is always dropped. */
export type DayNumber = number;

/** Why an input row was not used. Stable keys: the UI translates them. */
export type SkipReason =
  | 'missing-customer'
  | 'missing-date'
  | 'bad-date'
  | 'missing-amount'
  | 'bad-amount'
  | 'bad-quantity'
  | 'bad-price'
  | 'bad-recency'
  | 'bad-frequency'
  | 'bad-monetary'
  | 'wrong-field-count'
  | 'blank';

export interface SkipEntry {
  reason: SkipReason;
  count: number;
  /** First line numbers (1-based, counting the header as line 1), at most 20. */
  lines: number[];
}

/** The role a CSV column plays. Transactions and customer tables use different subsets. */
export type ColumnRole =
  | 'customer'
  | 'date'
  | 'amount'
  | 'order'
  | 'quantity'
  | 'price'
  | 'name'
  | 'region'
  | 'channel'
  | 'needType'
  | 'recency'
  | 'frequency'
  | 'monetary'
  | 'potential'
  | 'futureValue';

/** Column index for each role; a missing role is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

export type DataShape = 'transactions' | 'customers';

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** What the ingest decided and how, shown to the user as the cleaning report. */
export interface IngestReport {
  fileName: string;
  encoding: Encoding;
  delimiter: string;
  shape: DataShape;
  headers: string[];
  mapping: ColumnMapping;
  /** Which roles were auto-detected (true) or given by the caller (false). */
  autoDetected: Partial<Record<ColumnRole, boolean>>;
  /** Data rows read (not counting the header). */
  rowsRead: number;
  rowsUsed: number;
  skipped: SkipEntry[];
  /** Day/month order used for ambiguous dates, and whether the data proved it. */
  dateOrder: DateOrder | null;
  dateOrderCertain: boolean;
  /** How frequency is counted: distinct order ids, or one per purchase row. */
  frequencyRule: 'distinct-orders' | 'purchase-rows' | 'given';
  /** True when amount was computed as quantity x unit price. */
  amountFromQuantityTimesPrice: boolean;
  /** Rows that are returns or cancellations (negative amount or a C invoice) and zero-amount rows. */
  returnRows: number;
  cancelledOrderRows: number;
  zeroAmountRows: number;
  /** Non-fatal remarks, as stable keys with parameters for translation. */
  warnings: { key: string; params?: Record<string, string | number> }[];
}

/** Values of TransactionTable.purchase. */
export const NOT_A_PURCHASE = 0;
export const PURCHASE = 1;
export const FREE_ORDER = 2;

/** Transactions held column-wise: one entry per usable row. */
export interface TransactionTable {
  shape: 'transactions';
  /** Customer index -> customer id as written in the file. */
  customerIds: string[];
  /** Optional per-customer attributes (first non-empty value seen). */
  customerNames?: string[];
  regions?: string[];
  needTypes?: string[];
  /** Per row. */
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** Order index per row, or -1 when no order id column is mapped. */
  order: Int32Array;
  /**
   * PURCHASE (1) for a positive amount outside a cancelled order: what COURSE.md's R, F and M
   * count. FREE_ORDER (2) for a zero amount outside a cancelled order: not a purchase for RFM,
   * but a transaction for the future-value model (CDNOW has free orders). 0 otherwise.
   */
  purchase: Uint8Array;
  hasOrderIds: boolean;
  minDay: DayNumber;
  maxDay: DayNumber;
}

/** A customer table with R, F, M already computed (one row per customer). */
export interface CustomerTable {
  shape: 'customers';
  customerIds: string[];
  customerNames?: string[];
  regions?: string[];
  needTypes?: string[];
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  potential?: Float64Array;
  futureValue?: Float64Array;
}

export type Dataset = TransactionTable | CustomerTable;

export interface IngestResult {
  ok: true;
  dataset: Dataset;
  report: IngestReport;
}

/** A file that cannot be used at all: one clear reason, with where it happened. */
export interface IngestFailure {
  ok: false;
  error: {
    key: string;
    fileName: string;
    line: number | null;
    column: number | null;
    params?: Record<string, string | number>;
  };
}

export type IngestOutcome = IngestResult | IngestFailure;

/**
 * Per-customer R, F, M at one analysis date, column-wise. Only customers with at least
 * one purchase in the window are here; `index` maps back to the dataset's customer index.
 */
export interface CustomerMetrics {
  n: number;
  index: Int32Array;
  ids: string[];
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  /** Days from first purchase to the analysis date (tenure), when known. */
  tenure: Float64Array | null;
  potential: Float64Array | null;
  futureValue: Float64Array | null;
  /** Analysis day, or null for a customer table (R given in days). */
  analysisDay: DayNumber | null;
  /** Customers in the dataset with no purchase before the analysis date. */
  customersWithoutPurchase: number;
  /** Rows dated on or after the analysis date, ignored. */
  rowsAfterAnalysisDate: number;
  totalMonetary: number;
}
