import { mean, median, sortedCopy } from './quantile';

/** Quadrant codes: 0 high-high, 1 high x-value low y, 2 low value high y, 3 low-low. */
export const VALUE_POTENTIAL_KEYS = ['highValueHighPotential', 'highValueLowPotential', 'lowValueHighPotential', 'lowValueLowPotential'] as const;
export const CURRENT_FUTURE_KEYS = ['highCurrentHighFuture', 'highCurrentLowFuture', 'lowCurrentHighFuture', 'lowCurrentLowFuture'] as const;

/** The course's suggested resource split for value x potential, in quadrant-code order. */
export const RESOURCE_SPLIT = [0.3, 0.25, 0.2, 0.25] as const;

export type AxisThresholdMethod = 'median' | 'mean' | 'custom';
export interface AxisThreshold {
  method: AxisThresholdMethod;
  value?: number;
}

/** The tool's default for both axes: the median, so each line halves the customers. */
export const DEFAULT_AXIS_THRESHOLD: AxisThreshold = { method: 'median' };

/** `sorted`, when the caller already holds the values sorted, spares a sort per call. */
export function resolveAxis(values: ArrayLike<number>, setting: AxisThreshold, sorted?: Float64Array): number {
  if (setting.method === 'custom' && setting.value !== undefined) return setting.value;
  if (setting.method === 'mean') return mean(values);
  return median(sorted ?? sortedCopy(values));
}

export interface QuadrantResult {
  labels: Uint8Array;
  counts: number[];
  revenue: number[];
  revenueShare: number[];
  thresholds: { x: number; y: number };
}

/** High is inclusive: x >= xT is high value, y >= yT is high potential / future value. */
export function quadrants(x: ArrayLike<number>, y: ArrayLike<number>, revenueOf: ArrayLike<number>, xT: number, yT: number): QuadrantResult {
  const n = x.length;
  const labels = new Uint8Array(n);
  const counts = [0, 0, 0, 0];
  const revenue = [0, 0, 0, 0];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const code = (x[i] >= xT ? 0 : 2) + (y[i] >= yT ? 0 : 1);
    labels[i] = code;
    counts[code]++;
    revenue[code] += revenueOf[i];
    total += revenueOf[i];
  }
  return { labels, counts, revenue, revenueShare: revenue.map((r) => (total ? r / total : 0)), thresholds: { x: xT, y: yT } };
}

/** Budget per quadrant and per customer in it, for a total budget and a split. */
export function splitBudget(total: number, counts: readonly number[], split: readonly number[] = RESOURCE_SPLIT) {
  return split.map((share, i) => ({
    budget: total * share,
    perCustomer: counts[i] ? (total * share) / counts[i] : 0,
  }));
}
