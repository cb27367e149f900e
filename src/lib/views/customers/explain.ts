/**
 * Why a customer is where they are, as message references with raw numbers: their values
 * against the thresholds, their scores against the edges, their tier boundaries, the
 * segment rule that matched first, and the lifecycle rule. The card formats and translates.
 */
import type { ThresholdSetting } from '../../domain/models/eightClasses';
import type { LifecycleSetting } from '../../domain/models/lifecycle';
import type { Dimension } from '../../domain/models/scores';
import type { ScoreRange, SegmentRule } from '../../domain/models/segments';
import type { MessageRef } from '../../i18n';

const SHORT: Record<Dimension, string> = { recency: 'R', frequency: 'F', monetary: 'M' };

/** High/Low against a threshold, with the comparison in words. */
export function thresholdReason(
  dim: Dimension,
  value: number,
  threshold: number | null,
  setting: ThresholdSetting,
  score: number,
): { high: boolean; ref: MessageRef } {
  if (setting.method === 'score' || threshold === null) {
    const cut = setting.value ?? 3;
    const high = score >= cut;
    return { high, ref: { key: `customers.why.scoreCut.${high ? 'high' : 'low'}`, params: { dim: SHORT[dim], score, cut } } };
  }
  // High is inclusive on the good side: fewer days for R, more for F and M.
  const high = dim === 'recency' ? value <= threshold : value >= threshold;
  return {
    high,
    ref: { key: `customers.why.${dim}.${high ? 'high' : 'low'}`, params: { value, threshold, method: `customers.method.${setting.method}` } },
  };
}

/** The score band a value falls in: (lower, upper], either side open at the ends. */
export function scoreReason(dim: Dimension, value: number, edges: readonly number[], score: number): MessageRef {
  let below = 0;
  for (const e of edges) if (value > e) below++;
  const lower = below > 0 ? edges[below - 1] : null;
  const upper = below < edges.length ? edges[below] : null;
  const params = { dim: SHORT[dim], value, score } as Record<string, number | string>;
  if (lower === null && upper === null) return { key: 'customers.why.score.only', params };
  if (lower === null) return { key: 'customers.why.score.atMost', params: { ...params, upper: upper! } };
  if (upper === null) return { key: 'customers.why.score.above', params: { ...params, lower } };
  return { key: 'customers.why.score.between', params: { ...params, lower, upper } };
}

/** Tier t of a value against descending boundaries (value >= boundary[t] puts it in tier t or above). */
export function tierReason(value: number, boundaries: readonly number[], tier: number, tierKey: string): MessageRef {
  const name = `tier.${tierKey}`;
  if (tier === 0) return { key: 'customers.why.tier.top', params: { value, boundary: boundaries[0], tier: name } };
  if (tier >= boundaries.length) return { key: 'customers.why.tier.bottom', params: { value, above: boundaries[boundaries.length - 1], tier: name } };
  return { key: 'customers.why.tier.middle', params: { value, boundary: boundaries[tier], above: boundaries[tier - 1], tier: name } };
}

const range = (r: ScoreRange) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);

/** The first matching rule, or none (Others). `segment` is a message key or a user label. */
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

/** The lifecycle rule that applied (same order as lifecycleStages: churn first). */
export function lifecycleReason(
  stage: number,
  recency: number,
  frequency: number,
  tenure: number | null,
  meanFrequency: number,
  setting: LifecycleSetting,
): MessageRef {
  const names = ['acquisition', 'growth', 'maturity', 'churn'];
  const stageKey = `lifecycle.${names[stage]}`;
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
