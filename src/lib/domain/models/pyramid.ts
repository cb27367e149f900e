import { compensatedSum, quantileOfSorted, sortedCopy } from './quantile';

export type TierSet = 'three' | 'four';
export const TIER_KEYS: Record<TierSet, readonly string[]> = {
  three: ['high', 'medium', 'low'],
  four: ['platinum', 'gold', 'iron', 'lead'],
};

/**
 * Default cuts as customer percentiles (the share of customers below the boundary).
 * Three tiers: COURSE.md's top 20 % / next 30 % / bottom 50 %. Four tiers: the tool's
 * choice, top 5 % / next 15 % / next 30 % / bottom 50 %.
 */
export const DEFAULT_PERCENTILES: Record<TierSet, readonly number[]> = {
  three: [0.8, 0.5],
  four: [0.95, 0.8, 0.5],
};

export type BoundaryMode = 'percentile' | 'amount';

export interface PyramidSetting {
  tiers: TierSet;
  mode: BoundaryMode;
  /** Percentiles (0..1, descending) or amounts (descending), one per boundary. */
  cuts: number[];
}

export function defaultPyramidSetting(tiers: TierSet = 'three'): PyramidSetting {
  return { tiers, mode: 'percentile', cuts: [...DEFAULT_PERCENTILES[tiers]] };
}

/** Boundaries as value amounts, top first: a customer with value >= boundary[i] is in tier i or above. */
export function pyramidBoundaries(sortedValues: Float64Array, setting: PyramidSetting): number[] {
  return setting.mode === 'amount'
    ? [...setting.cuts]
    : setting.cuts.map((p) => quantileOfSorted(sortedValues, p));
}

export interface PyramidTier {
  tier: string;
  /** Lowest value in the tier (the boundary), null for the bottom tier. */
  minValue: number | null;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
}

export interface PyramidResult {
  boundaries: number[];
  tiers: PyramidTier[];
  /** Per customer: tier index, 0 = top. */
  labels: Uint8Array;
}

export function tierOf(value: number, boundaries: readonly number[]): number {
  for (let i = 0; i < boundaries.length; i++) if (value >= boundaries[i]) return i;
  return boundaries.length;
}

/**
 * Cut customers into tiers. A caller re-cutting on every drag passes what depends on the data
 * alone: `sorted` (the values sorted), `total` (their compensated sum, as
 * CustomerMetrics.totalMonetary holds it) and `into` (a labels array to reuse).
 */
export function valuePyramid(
  values: ArrayLike<number>,
  setting: PyramidSetting,
  sorted?: Float64Array,
  total: number = compensatedSum(values),
  into?: Uint8Array,
): PyramidResult {
  const boundaries = pyramidBoundaries(sorted ?? sortedCopy(values), setting);
  const keys = TIER_KEYS[setting.tiers];
  const tierCount = boundaries.length + 1;
  const labels = into && into.length === values.length ? into : new Uint8Array(values.length);
  const customers = new Array<number>(tierCount).fill(0);
  const revenue = new Array<number>(tierCount).fill(0);
  for (let i = 0; i < values.length; i++) {
    const t = tierOf(values[i], boundaries);
    labels[i] = t;
    customers[t]++;
    revenue[t] += values[i];
  }
  const n = values.length;
  const tiers = customers.map((count, i) => ({
    tier: keys[i] ?? `tier${i + 1}`,
    minValue: i < boundaries.length ? boundaries[i] : null,
    customers: count,
    customerShare: n ? count / n : 0,
    revenue: revenue[i],
    revenueShare: total ? revenue[i] / total : 0,
  }));
  return { boundaries, tiers, labels };
}

export interface ParetoPoint {
  /** Share of customers, best first (0..1). */
  customerShare: number;
  /** Cumulative share of revenue they bring (0..1). */
  revenueShare: number;
}

/** The Pareto (cumulative revenue) curve, sampled at `points` + 1 evenly spaced customer shares. */
export function paretoCurve(sortedValues: Float64Array, points = 100): ParetoPoint[] {
  const n = sortedValues.length;
  const total = compensatedSum(sortedValues);
  const curve: ParetoPoint[] = [{ customerShare: 0, revenueShare: 0 }];
  if (n === 0 || total === 0) return curve;
  let cumulative = 0;
  let taken = 0;
  for (let p = 1; p <= points; p++) {
    const upTo = Math.round((p / points) * n);
    while (taken < upTo) {
      cumulative += sortedValues[n - 1 - taken];
      taken++;
    }
    curve.push({ customerShare: taken / n, revenueShare: cumulative / total });
  }
  return curve;
}

/** Smallest share of customers (best first) whose revenue reaches `target` of the total. */
export function smallestShareForRevenue(sortedValues: Float64Array, target: number): number {
  const n = sortedValues.length;
  const total = compensatedSum(sortedValues);
  if (n === 0 || total <= 0) return 0;
  let cumulative = 0;
  for (let taken = 1; taken <= n; taken++) {
    cumulative += sortedValues[n - taken];
    if (cumulative >= target * total) return taken / n;
  }
  return 1;
}
