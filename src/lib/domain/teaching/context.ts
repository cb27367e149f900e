/**
 * What a lesson step's goal or an exercise's check may look at: a plain snapshot of the
 * live state (no Svelte), so predicates and checks are pure functions tested like the rules.
 */
import type { Analysis, LensSettings, SortedMetrics } from '../models/analysis';
import type { MonetaryMode } from '../models/metrics';
import type { FutureResult } from '../future';
import type { CustomerMetrics, DayNumber } from '../types';

export interface TeachingContext {
  /** The open view ('data', 'rfm', 'pyramid', 'quadrants', 'movement', 'customers', ...). */
  view: string;
  rfmMode: 'eight' | 'segments';
  datasetName: string | null;
  /** Shape of the loaded data, or null when none. */
  shape: 'transactions' | 'customers' | null;
  analysisDay: DayNumber | null;
  defaultAnalysisDay: DayNumber | null;
  settings: LensSettings;
  /** M as the sum (default) or the average per purchase; absent means 'sum'. */
  monetaryMode?: MonetaryMode;
  metrics: CustomerMetrics;
  /**
   * The metrics' columns sorted, as the live state already holds them, so a goal evaluated
   * on every drag frame never sorts. Absent (in a context built by hand), measures sort.
   */
  sorted?: SortedMetrics;
  /** Every lens at the current settings. */
  analysis: Analysis;
  selectedCustomer: string | null;
  /** Number of saved snapshots (for "compare" steps). */
  snapshots: number;
  /**
   * The future-value model fitted at the workspace's model settings, only when it is for the
   * data and settings of now (absent or null: not fitted yet, fitting, failed, or no transactions).
   */
  future?: FutureResult | null;
}
