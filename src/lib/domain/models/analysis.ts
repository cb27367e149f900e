import type { CustomerMetrics } from '../types';
import {
  classifyEight,
  eightClasses,
  resolveThreshold,
  scoreCutsOf,
  DEFAULT_THRESHOLDS,
  type EightClassResult,
  type ResolvedThresholds,
  type ThresholdSetting,
  type ThresholdSettings,
} from './eightClasses';
import { lifecycleStages, DEFAULT_LIFECYCLE, type LifecycleResult, type LifecycleSetting } from './lifecycle';
import { valuePyramid, defaultPyramidSetting, paretoCurve, type PyramidResult, type PyramidSetting, type ParetoPoint } from './pyramid';
import { quadrants, resolveAxis, DEFAULT_AXIS_THRESHOLD, type AxisThreshold, type QuadrantResult } from './quadrants';
import { scoreColumn, type Dimension, type ScoreColumn } from './scores';
import { classifySegments, defaultSegmentRules, type SegmentResult, type SegmentRule } from './segments';
import { quantileEdges, sortedCopy } from './quantile';

/** Everything a user can set that changes labels (not the data, not the analysis date). */
export interface LensSettings {
  bins: number;
  /** Dragged or typed score edges per dimension; absent = quantile edges. */
  customEdges: Partial<Record<Dimension, number[]>>;
  thresholds: ThresholdSettings;
  segmentRules: SegmentRule[] | null;
  pyramid: PyramidSetting;
  valuePotential: { x: AxisThreshold; y: AxisThreshold };
  currentFuture: { x: AxisThreshold; y: AxisThreshold };
  lifecycle: LifecycleSetting;
}

export function defaultLensSettings(bins = 5): LensSettings {
  return {
    bins,
    customEdges: {},
    thresholds: structuredClone(DEFAULT_THRESHOLDS),
    segmentRules: null,
    pyramid: defaultPyramidSetting('three'),
    // Potential defaults to the mean: the derived measure is 0 for everyone silent in the
    // last 90 days, so its median is often 0 and "high = at least the median" would be everyone.
    valuePotential: { x: { ...DEFAULT_AXIS_THRESHOLD }, y: { method: 'mean' } },
    currentFuture: { x: { ...DEFAULT_AXIS_THRESHOLD }, y: { ...DEFAULT_AXIS_THRESHOLD } },
    lifecycle: { ...DEFAULT_LIFECYCLE },
  };
}

/** Sorted copies computed once per dataset and analysis date; every lens reuses them. */
export interface SortedMetrics {
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  /** The quadrants' y axes, when the data has them. */
  potential: Float64Array | null;
  futureValue: Float64Array | null;
}

export function sortMetrics(m: CustomerMetrics): SortedMetrics {
  return {
    recency: sortedCopy(m.recency),
    frequency: sortedCopy(m.frequency),
    monetary: sortedCopy(m.monetary),
    potential: m.potential ? sortedCopy(m.potential) : null,
    futureValue: m.futureValue ? sortedCopy(m.futureValue) : null,
  };
}

export interface Scores {
  k: number;
  edges: Record<Dimension, number[]>;
  /** Whether each dimension's edges are the quantile defaults. */
  quantileEdges: Record<Dimension, boolean>;
  R: ScoreColumn;
  F: ScoreColumn;
  M: ScoreColumn;
}

export function computeScores(m: CustomerMetrics, sorted: SortedMetrics, bins: number, custom: Partial<Record<Dimension, number[]>> = {}): Scores {
  const edgesFor = (d: Dimension) => {
    const given = custom[d];
    return given && given.length === bins - 1 ? [...given].sort((a, b) => a - b) : quantileEdges(sorted[d], bins);
  };
  const edges = { recency: edgesFor('recency'), frequency: edgesFor('frequency'), monetary: edgesFor('monetary') };
  return {
    k: bins,
    edges,
    quantileEdges: {
      recency: !(custom.recency?.length === bins - 1),
      frequency: !(custom.frequency?.length === bins - 1),
      monetary: !(custom.monetary?.length === bins - 1),
    },
    R: scoreColumn('recency', m.recency, edges.recency),
    F: scoreColumn('frequency', m.frequency, edges.frequency),
    M: scoreColumn('monetary', m.monetary, edges.monetary),
  };
}

export function computeEight(m: CustomerMetrics, sorted: SortedMetrics, scores: Scores, settings: ThresholdSettings, into?: Uint8Array): EightClassResult {
  return eightClasses(
    { recency: m.recency, frequency: m.frequency, monetary: m.monetary, scores: { R: scores.R.scores, F: scores.F.scores, M: scores.M.scores }, k: scores.k },
    settings,
    sorted,
    into,
  );
}

/**
 * One dimension's raw-value threshold (null for a score cut). The workspace resolves each
 * dimension on its own, so dragging M does not recompute the means of R and F.
 */
export function resolveDimension(m: CustomerMetrics, sorted: SortedMetrics, d: Dimension, setting: ThresholdSetting): number | null {
  return resolveThreshold(m[d], setting, sorted[d]);
}

/**
 * The eight classes from thresholds already resolved (`resolveDimension`): the same result
 * as `computeEight`, without resolving anything again. `into` is reused for the labels.
 */
export function classifyEightResolved(
  m: CustomerMetrics,
  scores: Scores,
  settings: ThresholdSettings,
  thresholds: ResolvedThresholds,
  into?: Uint8Array,
): EightClassResult {
  return classifyEight(
    { recency: m.recency, frequency: m.frequency, monetary: m.monetary, scores: { R: scores.R.scores, F: scores.F.scores, M: scores.M.scores } },
    thresholds,
    scoreCutsOf(settings, scores.k),
    into,
  );
}

export function computeSegments(m: CustomerMetrics, scores: Scores, rules: SegmentRule[] | null): SegmentResult & { rules: SegmentRule[] } {
  const used = rules ?? defaultSegmentRules(scores.k);
  return { ...classifySegments(used, { R: scores.R.scores, F: scores.F.scores, M: scores.M.scores }, m.monetary), rules: used };
}

/**
 * The Pareto curve depends on the data only: a caller re-cutting tiers on every drag passes it
 * in. The total is the metrics' own (no second sum per drag); `into` is reused for the labels.
 */
export function computePyramid(
  m: CustomerMetrics,
  sorted: SortedMetrics,
  setting: PyramidSetting,
  pareto: ParetoPoint[] = paretoCurve(sorted.monetary),
  into?: Uint8Array,
): PyramidResult & { pareto: ParetoPoint[] } {
  return { ...valuePyramid(m.monetary, setting, sorted.monetary, m.totalMonetary, into), pareto };
}

/** Value x potential (y = potential) or current x future value (y = futureValue); x is monetary. */
export function computeQuadrant(
  m: CustomerMetrics,
  sorted: SortedMetrics,
  y: 'potential' | 'futureValue',
  setting: { x: AxisThreshold; y: AxisThreshold },
): QuadrantResult | null {
  const ys = m[y];
  if (!ys) return null;
  return quadrants(m.monetary, ys, m.monetary, resolveAxis(m.monetary, setting.x, sorted.monetary), resolveAxis(ys, setting.y, sorted[y] ?? undefined));
}

/**
 * A quadrant lens from thresholds already resolved (`resolveAxis` per axis, so dragging one line
 * does not recompute the other's mean or median): the same result as `computeQuadrant`.
 */
export function classifyQuadrantResolved(
  m: CustomerMetrics,
  y: 'potential' | 'futureValue',
  xT: number,
  yT: number,
  into?: Uint8Array,
): QuadrantResult | null {
  const ys = m[y];
  return ys ? quadrants(m.monetary, ys, m.monetary, xT, yT, into) : null;
}

export interface Analysis {
  scores: Scores;
  eight: EightClassResult;
  segments: SegmentResult & { rules: SegmentRule[] };
  pyramid: PyramidResult & { pareto: ParetoPoint[] };
  valuePotential: QuadrantResult | null;
  currentFuture: QuadrantResult | null;
  lifecycle: LifecycleResult;
}

/** Every lens at once (the CLI, tests and benchmarks); the UI derives them one by one. */
export function analyze(m: CustomerMetrics, settings: LensSettings, sorted: SortedMetrics = sortMetrics(m)): Analysis {
  const scores = computeScores(m, sorted, settings.bins, settings.customEdges);
  return {
    scores,
    eight: computeEight(m, sorted, scores, settings.thresholds),
    segments: computeSegments(m, scores, settings.segmentRules),
    pyramid: computePyramid(m, sorted, settings.pyramid),
    valuePotential: computeQuadrant(m, sorted, 'potential', settings.valuePotential),
    currentFuture: computeQuadrant(m, sorted, 'futureValue', settings.currentFuture),
    lifecycle: lifecycleStages(m.recency, m.frequency, m.monetary, m.tenure, settings.lifecycle),
  };
}
