import { mean, median, sortedCopy } from './quantile';
import { scoreCutOf } from './scoreCut';
import type { Dimension } from './scores';

/**
 * The eight RFM classes, in COURSE.md's table order. Letters are R, F, M; H high, L low.
 * The index of a key is the class code used in the Uint8Array labels.
 */
export const EIGHT_CLASS_KEYS = ['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL'] as const;
export type EightClassKey = (typeof EIGHT_CLASS_KEYS)[number];

export type ThresholdMethod = 'mean' | 'median' | 'score' | 'custom';

export interface ThresholdSetting {
  method: ThresholdMethod;
  /** For 'score': High when score >= this cut. For 'custom': the raw value. */
  value?: number;
}

export type ThresholdSettings = Record<Dimension, ThresholdSetting>;

export const DEFAULT_THRESHOLDS: ThresholdSettings = {
  recency: { method: 'mean' },
  frequency: { method: 'mean' },
  monetary: { method: 'mean' },
};

/**
 * Resolve a setting to a raw-value threshold. A score cut s on F or M is the same as
 * "value > edge[s-2]"; on R it is "days <= edge[k-s]". To keep one comparison rule
 * (High is inclusive on the good side) a score cut is resolved against the scores themselves
 * by `isHigh`, so this returns null for 'score'.
 */
export function resolveThreshold(values: ArrayLike<number>, setting: ThresholdSetting, sorted?: Float64Array): number | null {
  switch (setting.method) {
    case 'mean':
      return mean(values);
    case 'median':
      return median(sorted ?? sortedCopy(values));
    case 'custom':
      return setting.value ?? mean(values);
    case 'score':
      return null;
  }
}

export interface EightClassInput {
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  /** Required only for score cuts. */
  scores?: { R: ArrayLike<number>; F: ArrayLike<number>; M: ArrayLike<number> };
  /** The number of scores, for the default score cut (5 when absent). */
  k?: number;
}

export interface ResolvedThresholds {
  recency: number | null;
  frequency: number | null;
  monetary: number | null;
}

export interface EightClassResult {
  labels: Uint8Array;
  counts: number[];
  revenue: number[];
  thresholds: ResolvedThresholds;
}

/**
 * Label every customer. This is the hot path of a threshold drag: one pass, no allocation
 * beyond the output (pass `into` to reuse a labels array).
 */
export function classifyEight(
  input: EightClassInput,
  thresholds: ResolvedThresholds,
  scoreCuts: Partial<Record<Dimension, number>> = {},
  into?: Uint8Array,
): EightClassResult {
  const n = input.recency.length;
  const labels = into && into.length === n ? into : new Uint8Array(n);
  const counts = new Float64Array(8);
  const revenue = new Float64Array(8);
  const { recency: R, frequency: F, monetary: M } = input;
  const sc = input.scores;
  const cuts = sc && (scoreCuts.recency !== undefined || scoreCuts.frequency !== undefined || scoreCuts.monetary !== undefined);
  if (!cuts) {
    // The hot path of a drag. Comparisons become bits without branches: on real data the
    // outcomes are unpredictable, and mispredicted branches cost more than the rest.
    const rT = thresholds.recency ?? 0;
    const fT = thresholds.frequency ?? 0;
    const mT = thresholds.monetary ?? 0;
    for (let i = 0; i < n; i++) {
      const m = M[i];
      const code = (((m < mT) as unknown as number) << 2) | (((R[i] > rT) as unknown as number) << 1) | ((F[i] < fT) as unknown as number);
      labels[i] = code;
      counts[code]++;
      revenue[code] += m;
    }
  } else {
    const rCut = scoreCuts.recency;
    const fCut = scoreCuts.frequency;
    const mCut = scoreCuts.monetary;
    const rT = thresholds.recency ?? 0;
    const fT = thresholds.frequency ?? 0;
    const mT = thresholds.monetary ?? 0;
    for (let i = 0; i < n; i++) {
      const rHigh = rCut !== undefined ? sc.R[i] >= rCut : R[i] <= rT;
      const fHigh = fCut !== undefined ? sc.F[i] >= fCut : F[i] >= fT;
      const mHigh = mCut !== undefined ? sc.M[i] >= mCut : M[i] >= mT;
      const code = (mHigh ? 0 : 4) | (rHigh ? 0 : 2) | (fHigh ? 0 : 1);
      labels[i] = code;
      counts[code]++;
      revenue[code] += M[i];
    }
  }
  return { labels, counts: Array.from(counts), revenue: Array.from(revenue), thresholds };
}

/** Resolve all three settings and label: the one call most callers want. */
export function eightClasses(
  input: EightClassInput,
  settings: ThresholdSettings = DEFAULT_THRESHOLDS,
  sorted?: Partial<Record<Dimension, Float64Array>>,
  into?: Uint8Array,
): EightClassResult {
  const thresholds: ResolvedThresholds = {
    recency: resolveThreshold(input.recency, settings.recency, sorted?.recency),
    frequency: resolveThreshold(input.frequency, settings.frequency, sorted?.frequency),
    monetary: resolveThreshold(input.monetary, settings.monetary, sorted?.monetary),
  };
  return classifyEight(input, thresholds, scoreCutsOf(settings, input.k ?? 5), into);
}

/** The cut of each dimension set to a score cut (the others absent), as `classifyEight` takes them. */
export function scoreCutsOf(settings: ThresholdSettings, k: number): Partial<Record<Dimension, number>> {
  const cuts: Partial<Record<Dimension, number>> = {};
  for (const d of ['recency', 'frequency', 'monetary'] as const) {
    if (settings[d].method === 'score') cuts[d] = scoreCutOf(settings[d], k);
  }
  return cuts;
}
