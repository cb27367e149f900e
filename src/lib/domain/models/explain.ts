/**
 * Why a customer is where they are, as message references with raw numbers. Every class,
 * score, tier, segment and stage is READ from the labels the engine produced; this module
 * only explains them from the resolved thresholds, edges and rules, so an explanation can
 * never contradict the label beside it. The card formats and translates.
 */
import type { MessageRef } from '../messages';
import type { CustomerMetrics } from '../types';
import { EIGHT_CLASS_KEYS, type EightClassKey, type ResolvedThresholds, type ThresholdSetting, type ThresholdSettings } from './eightClasses';
import { LIFECYCLE_KEYS, type LifecycleSetting } from './lifecycle';
import { mean } from './quantile';
import { scoreCutOf } from './scoreCut';
import { DIMENSIONS, type Dimension } from './scores';
import type { ScoreRange, SegmentRule } from './segments';

const SHORT: Record<Dimension, 'R' | 'F' | 'M'> = { recency: 'R', frequency: 'F', monetary: 'M' };
/** The letter of a dimension in an eight-class key ("HLH" = R High, F Low, M High). */
const KEY_POSITION: Record<Dimension, number> = { recency: 0, frequency: 1, monetary: 2 };

/** Whether class `code` (an index into EIGHT_CLASS_KEYS) is High on `dim`. */
export function eightHigh(code: number, dim: Dimension): boolean {
  return EIGHT_CLASS_KEYS[code][KEY_POSITION[dim]] === 'H';
}

export interface ThresholdReason {
  dim: Dimension;
  /** Taken from the label, never recomputed. */
  high: boolean;
  ref: MessageRef;
}

/**
 * High/Low on one dimension as the label says, explained against the resolved threshold:
 * a raw amount for mean/median/custom, the score cut (its default for k when unset) otherwise.
 */
export function thresholdReason(
  dim: Dimension,
  code: number,
  value: number,
  threshold: number | null,
  setting: ThresholdSetting,
  score: number,
  k: number,
): ThresholdReason {
  const high = eightHigh(code, dim);
  const side = high ? 'high' : 'low';
  if (setting.method === 'score' || threshold === null) {
    return { dim, high, ref: { key: `customers.why.scoreCut.${side}`, params: { dim: SHORT[dim], score, cut: scoreCutOf(setting, k) } } };
  }
  return {
    dim,
    high,
    ref: { key: `customers.why.${dim}.${side}`, params: { value, threshold, method: `customers.method.${setting.method}` } },
  };
}

/**
 * The band (lower, upper] that score `score` covers, read from the score the engine gave:
 * F and M score s sits above edge s-1 (1-based); R is reversed, score s sits above edge k-s.
 */
export function scoreBand(dim: Dimension, score: number, edges: readonly number[]): { lower: number | null; upper: number | null } {
  const k = edges.length + 1;
  const below = dim === 'recency' ? k - score : score - 1;
  return { lower: below > 0 ? edges[below - 1] : null, upper: below < edges.length ? edges[below] : null };
}

/** The score band a value falls in, for the score the engine gave it. */
export function scoreReason(dim: Dimension, value: number, edges: readonly number[], score: number): MessageRef {
  const { lower, upper } = scoreBand(dim, score, edges);
  const params: Record<string, number | string> = { dim: SHORT[dim], value, score };
  if (lower === null && upper === null) return { key: 'customers.why.score.only', params };
  if (lower === null) return { key: 'customers.why.score.atMost', params: { ...params, upper: upper! } };
  if (upper === null) return { key: 'customers.why.score.above', params: { ...params, lower } };
  return { key: 'customers.why.score.between', params: { ...params, lower, upper } };
}

/** Tier t (from the labels) of a value against descending boundaries. */
export function tierReason(value: number, boundaries: readonly number[], tier: number, tierKey: string): MessageRef {
  const name = `tier.${tierKey}`;
  if (tier === 0) return { key: 'customers.why.tier.top', params: { value, boundary: boundaries[0], tier: name } };
  if (tier >= boundaries.length) return { key: 'customers.why.tier.bottom', params: { value, above: boundaries[boundaries.length - 1], tier: name } };
  return { key: 'customers.why.tier.middle', params: { value, boundary: boundaries[tier], above: boundaries[tier - 1], tier: name } };
}

const range = (r: ScoreRange) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);

/** The rule the label names (the first that matched), or none (Others). `segment` is a message key or a user label. */
export function segmentReason(rules: readonly SegmentRule[], label: number, R: number, F: number, M: number): MessageRef {
  if (label >= rules.length) {
    return { key: 'customers.why.segment.none', params: { R, F, M, rules: rules.length, segment: 'segment.others' } };
  }
  const rule = rules[label];
  return {
    key: 'customers.why.segment.match',
    params: {
      R, F, M, rule: label + 1, rules: rules.length,
      rRange: range(rule.R), fRange: range(rule.F), mRange: range(rule.M),
      segment: rule.label ?? `segment.${rule.key}`,
    },
  };
}

/** The lifecycle rule behind the stage the label names (the rule order of lifecycleStages: churn first). */
export function lifecycleReason(
  stage: number,
  recency: number,
  frequency: number,
  tenure: number | null,
  meanFrequency: number,
  setting: LifecycleSetting,
): MessageRef {
  const stageKey = `lifecycle.${LIFECYCLE_KEYS[stage]}`;
  if (stage === 3) return { key: 'customers.why.lifecycle.churn', params: { recency, days: setting.churnDays, stage: stageKey } };
  if (tenure !== null) {
    if (stage === 0) return { key: 'customers.why.lifecycle.acquisition', params: { tenure, days: setting.acquisitionDays, stage: stageKey } };
    if (stage === 1) {
      return { key: 'customers.why.lifecycle.growth', params: { tenure, from: setting.acquisitionDays, to: setting.maturityDays, stage: stageKey } };
    }
    return { key: 'customers.why.lifecycle.maturity', params: { tenure, days: setting.maturityDays, stage: stageKey } };
  }
  if (stage === 0) return { key: 'customers.why.lifecycle.acquisitionNoTenure', params: { stage: stageKey } };
  if (stage === 1) return { key: 'customers.why.lifecycle.growthNoTenure', params: { frequency, mean: meanFrequency, stage: stageKey } };
  return { key: 'customers.why.lifecycle.maturityNoTenure', params: { frequency, mean: meanFrequency, stage: stageKey } };
}

/** The lenses an explanation reads: the workspace's derived analysis, as plain data. */
export interface ExplainInput {
  metrics: Pick<CustomerMetrics, 'recency' | 'frequency' | 'monetary' | 'tenure'>;
  settings: { thresholds: ThresholdSettings; lifecycle: LifecycleSetting };
  scores: { k: number; edges: Record<Dimension, readonly number[]>; R: { scores: ArrayLike<number> }; F: { scores: ArrayLike<number> }; M: { scores: ArrayLike<number> } };
  eight: { labels: ArrayLike<number>; thresholds: ResolvedThresholds };
  segments: { labels: ArrayLike<number>; rules: readonly SegmentRule[] };
  pyramid: { labels: ArrayLike<number>; boundaries: readonly number[]; tiers: readonly { tier: string }[] };
  lifecycle: { labels: ArrayLike<number> };
}

export interface CustomerExplanation {
  values: Record<Dimension, number>;
  tenure: number | null;
  scores: Record<'R' | 'F' | 'M', number>;
  eight: { code: number; key: EightClassKey; reasons: ThresholdReason[] };
  scoreReasons: { dim: Dimension; ref: MessageRef; edges: readonly number[] }[];
  segment: { label: number; ref: MessageRef };
  tier: { label: number; tierKey: string; ref: MessageRef };
  lifecycle: { stage: number; ref: MessageRef };
}

/** Everything the customer card says about customer position `p`. */
export function explainCustomer(p: number, a: ExplainInput): CustomerExplanation {
  const m = a.metrics;
  const values = { recency: m.recency[p], frequency: m.frequency[p], monetary: m.monetary[p] };
  const scores = { R: a.scores.R.scores[p], F: a.scores.F.scores[p], M: a.scores.M.scores[p] };
  const tenure = m.tenure ? m.tenure[p] : null;
  const code = a.eight.labels[p];
  const tier = a.pyramid.labels[p];
  const tierKey = a.pyramid.tiers[tier]?.tier ?? '';
  const stage = a.lifecycle.labels[p];
  const segment = a.segments.labels[p];
  // The no-tenure growth/maturity rule compares with the mean frequency: only then is it needed.
  const meanF = m.tenure || stage === 0 || stage === 3 ? 0 : mean(m.frequency);
  return {
    values,
    tenure,
    scores,
    eight: {
      code,
      key: EIGHT_CLASS_KEYS[code],
      reasons: DIMENSIONS.map((dim) =>
        thresholdReason(dim, code, values[dim], a.eight.thresholds[dim], a.settings.thresholds[dim], scores[SHORT[dim]], a.scores.k),
      ),
    },
    scoreReasons: DIMENSIONS.map((dim) => ({ dim, ref: scoreReason(dim, values[dim], a.scores.edges[dim], scores[SHORT[dim]]), edges: a.scores.edges[dim] })),
    segment: { label: segment, ref: segmentReason(a.segments.rules, segment, scores.R, scores.F, scores.M) },
    tier: { label: tier, tierKey, ref: tierReason(values.monetary, a.pyramid.boundaries, tier, tierKey) },
    lifecycle: { stage, ref: lifecycleReason(stage, values.recency, values.frequency, tenure, meanF, a.settings.lifecycle) },
  };
}
