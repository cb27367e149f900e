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

/**
 * High is inclusive: x >= xT is high value, y >= yT is high potential / future value (so a
 * missing value, NaN, is low). One pass per threshold drag: pass `into` to reuse a labels array.
 */
export function quadrants(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  revenueOf: ArrayLike<number>,
  xT: number,
  yT: number,
  into?: Uint8Array,
): QuadrantResult {
  const n = x.length;
  const labels = into && into.length === n ? into : new Uint8Array(n);
  const counts = new Float64Array(4);
  const revenue = new Float64Array(4);
  let total = 0;
  for (let i = 0; i < n; i++) {
    // Comparisons as bits, without branches: on real data the outcomes are unpredictable.
    const code = ((((x[i] >= xT) as unknown as number) ^ 1) << 1) | (((y[i] >= yT) as unknown as number) ^ 1);
    const r = revenueOf[i];
    labels[i] = code;
    counts[code]++;
    revenue[code] += r;
    total += r;
  }
  return {
    labels,
    counts: Array.from(counts),
    revenue: Array.from(revenue),
    revenueShare: Array.from(revenue, (r) => (total ? r / total : 0)),
    thresholds: { x: xT, y: yT },
  };
}

/** Budget per quadrant and per customer in it, for a total budget and a split. */
export function splitBudget(total: number, counts: readonly number[], split: readonly number[] = RESOURCE_SPLIT) {
  return split.map((share, i) => ({
    budget: total * share,
    perCustomer: counts[i] ? (total * share) / counts[i] : 0,
  }));
}
