import { describe, expect, it } from 'vitest';
import { EIGHT_CLASS_KEYS, eightClasses, type ThresholdSettings } from './eightClasses';
import { eightHigh, explainCustomer, lifecycleReason, scoreBand, scoreReason, segmentReason, thresholdReason, tierReason, type ExplainInput } from './explain';
import { lifecycleStages } from './lifecycle';
import { tierOf } from './pyramid';
import { scoreColumn, scoreOf } from './scores';
import { classifySegments, DEFAULT_SEGMENT_RULES, matchSegment, type SegmentRule } from './segments';

// HHH = 0, HLH = 1, LHH = 2, LLH = 3, HHL = 4, HLL = 5, LHL = 6, LLL = 7 (COURSE.md's table order).
describe('High/Low is read from the label', () => {
  it('each letter of the class key', () => {
    expect([eightHigh(1, 'recency'), eightHigh(1, 'frequency'), eightHigh(1, 'monetary')]).toEqual([true, false, true]);
    expect([eightHigh(6, 'recency'), eightHigh(6, 'frequency'), eightHigh(6, 'monetary')]).toEqual([false, true, false]);
  });
  it('R High against a mean: the comparison in words', () => {
    expect(thresholdReason('recency', 0, 12, 45.3, { method: 'mean' }, 5, 5)).toEqual({
      dim: 'recency',
      high: true,
      ref: { key: 'customers.why.recency.high', params: { value: 12, threshold: 45.3, method: 'customers.method.mean' } },
    });
  });
  it('M Low against a custom amount (class HHL = 4)', () => {
    expect(thresholdReason('monetary', 4, 100, 1311.375, { method: 'custom', value: 1311.375 }, 1, 5).ref.key).toBe('customers.why.monetary.low');
  });
  it('the label wins: an explanation never says other than the class shown', () => {
    // Code 7 (LLL) says F Low even though 9 >= 4.8 would be High: the card follows the engine.
    expect(thresholdReason('frequency', 7, 9, 4.8, { method: 'mean' }, 5, 5).high).toBe(false);
  });
  it('a score cut names its cut, the default for k when none was chosen', () => {
    // LLL (7), F score 2 against the set cut 3.
    expect(thresholdReason('frequency', 7, 1, null, { method: 'score', value: 3 }, 2, 5).ref).toEqual({
      key: 'customers.why.scoreCut.low', params: { dim: 'F', score: 2, cut: 3 },
    });
    // No value: k = 5 -> cut 3; k = 4 -> 3; k = 3 -> 2.
    expect(thresholdReason('monetary', 0, 1, null, { method: 'score' }, 4, 5).ref.params).toMatchObject({ cut: 3 });
    expect(thresholdReason('monetary', 0, 1, null, { method: 'score' }, 4, 4).ref.params).toMatchObject({ cut: 3 });
    expect(thresholdReason('monetary', 0, 1, null, { method: 'score' }, 2, 3).ref.params).toMatchObject({ cut: 2 });
  });
});

describe('score bands are read from the score', () => {
  // k = 5, edges 2 | 4 | 4 | 9: F/M score s lies above edge s-1, R score s above edge k-s (1-based).
  const edges = [2, 4, 4, 9];
  it.each([
    // [dim, score, lower, upper]
    ['frequency', 1, null, 2],
    ['frequency', 2, 2, 4],
    ['frequency', 4, 4, 9],
    ['frequency', 5, 9, null],
    ['recency', 5, null, 2],
    ['recency', 4, 2, 4],
    ['recency', 1, 9, null],
  ] as const)('%s score %i is in (%s, %s]', (dim, score, lower, upper) => {
    expect(scoreBand(dim, score, edges)).toEqual({ lower, upper });
  });
  it('agrees with the scoring rule for every value', () => {
    for (const dim of ['recency', 'frequency'] as const) {
      for (const v of [0, 1, 2, 3, 4, 5, 9, 10]) {
        const { lower, upper } = scoreBand(dim, scoreOf(dim, v, edges), edges);
        if (lower !== null) expect(v).toBeGreaterThan(lower);
        if (upper !== null) expect(v).toBeLessThanOrEqual(upper);
      }
    }
  });
  it('R = 3 days: score 4, above 2 and at most 4', () => {
    expect(scoreReason('recency', 3, edges, 4)).toEqual({
      key: 'customers.why.score.between', params: { dim: 'R', value: 3, score: 4, lower: 2, upper: 4 },
    });
  });
  it('no edges (k = 1)', () => {
    expect(scoreReason('monetary', 7, [], 1)).toEqual({ key: 'customers.why.score.only', params: { dim: 'M', value: 7, score: 1 } });
  });
});

describe('tier, segment and lifecycle reasons', () => {
  it('tiers against boundaries 1000 | 300', () => {
    const b = [1000, 300];
    expect(tierReason(1500, b, tierOf(1500, b), 'high')).toEqual({ key: 'customers.why.tier.top', params: { value: 1500, boundary: 1000, tier: 'tier.high' } });
    expect(tierReason(300, b, tierOf(300, b), 'medium').params).toMatchObject({ boundary: 300, above: 1000 });
    expect(tierReason(10, b, tierOf(10, b), 'low')).toEqual({ key: 'customers.why.tier.bottom', params: { value: 10, above: 300, tier: 'tier.low' } });
  });
  it('segment names the first matching rule', () => {
    const rules = [...DEFAULT_SEGMENT_RULES];
    const label = matchSegment(rules, 5, 5, 5);
    expect(segmentReason(rules, label, 5, 5, 5).params).toMatchObject({ rule: 1, segment: 'segment.champions', rRange: '5' });
    expect(segmentReason(rules, rules.length, 1, 1, 1).params).toMatchObject({ segment: 'segment.others' });
  });
  it('lifecycle says which rule applied', () => {
    const s = { acquisitionDays: 90, maturityDays: 365, churnDays: 180 };
    expect(lifecycleReason(3, 200, 2, 400, 3, s)).toEqual({ key: 'customers.why.lifecycle.churn', params: { recency: 200, days: 180, stage: 'lifecycle.churn' } });
    expect(lifecycleReason(1, 20, 2, 200, 3, s).params).toMatchObject({ from: 90, to: 365, stage: 'lifecycle.growth' });
    expect(lifecycleReason(2, 20, 5, null, 3, s).key).toBe('customers.why.lifecycle.maturityNoTenure');
  });
});

/**
 * Four customers, k = 3, worked by hand:
 *   R  10  40 100   5   mean 38.75   edges 10 | 40  -> R scores 3 2 1 3
 *   F   5   1   3   2   mean 2.75    edges  1 | 3   -> F scores 3 1 2 2
 *   M 500  50 300  20   mean 217.5   edges 50 | 300 -> M scores 3 1 2 1
 */
function fourCustomers(thresholds: ThresholdSettings): ExplainInput {
  const recency = Float64Array.from([10, 40, 100, 5]);
  const frequency = Float64Array.from([5, 1, 3, 2]);
  const monetary = Float64Array.from([500, 50, 300, 20]);
  const edges = { recency: [10, 40], frequency: [1, 3], monetary: [50, 300] };
  const R = scoreColumn('recency', recency, edges.recency);
  const F = scoreColumn('frequency', frequency, edges.frequency);
  const M = scoreColumn('monetary', monetary, edges.monetary);
  const eight = eightClasses({ recency, frequency, monetary, scores: { R: R.scores, F: F.scores, M: M.scores }, k: 3 }, thresholds);
  const rules: SegmentRule[] = [{ key: 'champions', R: { min: 3, max: 3 }, F: { min: 3, max: 3 }, M: { min: 3, max: 3 } }];
  const lifecycle = { acquisitionDays: 90, maturityDays: 365, churnDays: 30 };
  const boundaries = [300, 50];
  return {
    metrics: { recency, frequency, monetary, tenure: null },
    settings: { thresholds, lifecycle },
    scores: { k: 3, edges, R, F, M },
    eight,
    segments: { ...classifySegments(rules, { R: R.scores, F: F.scores, M: M.scores }, monetary), rules },
    pyramid: { boundaries, tiers: [{ tier: 'high' }, { tier: 'medium' }, { tier: 'low' }], labels: Uint8Array.from([...monetary].map((v) => tierOf(v, boundaries))) },
    lifecycle: lifecycleStages(recency, frequency, monetary, null, lifecycle),
  };
}

describe('explainCustomer', () => {
  it('means on every dimension: customer 0 is HHH, 1 LLL, 2 LHH, 3 HLL', () => {
    const input = fourCustomers({ recency: { method: 'mean' }, frequency: { method: 'mean' }, monetary: { method: 'mean' } });
    expect([0, 1, 2, 3].map((p) => explainCustomer(p, input).eight.key)).toEqual(['HHH', 'LLL', 'LHH', 'HLL']);
  });

  it('customer 3 with an unset F score cut (k = 3 -> cut 2): HHL, every reason from the lenses', () => {
    const input = fourCustomers({ recency: { method: 'mean' }, frequency: { method: 'score' }, monetary: { method: 'mean' } });
    const e = explainCustomer(3, input);
    expect(e.values).toEqual({ recency: 5, frequency: 2, monetary: 20 });
    expect(e.scores).toEqual({ R: 3, F: 2, M: 1 });
    expect(e.eight.code).toBe(4);
    expect(e.eight.key).toBe('HHL');
    expect(e.eight.reasons.map((r) => r.ref)).toEqual([
      { key: 'customers.why.recency.high', params: { value: 5, threshold: 38.75, method: 'customers.method.mean' } },
      { key: 'customers.why.scoreCut.high', params: { dim: 'F', score: 2, cut: 2 } },
      { key: 'customers.why.monetary.low', params: { value: 20, threshold: 217.5, method: 'customers.method.mean' } },
    ]);
    expect(e.scoreReasons.map((r) => r.ref)).toEqual([
      { key: 'customers.why.score.atMost', params: { dim: 'R', value: 5, score: 3, upper: 10 } },
      { key: 'customers.why.score.between', params: { dim: 'F', value: 2, score: 2, lower: 1, upper: 3 } },
      { key: 'customers.why.score.atMost', params: { dim: 'M', value: 20, score: 1, upper: 50 } },
    ]);
    expect(e.segment.ref).toEqual({ key: 'customers.why.segment.none', params: { R: 3, F: 2, M: 1, rules: 1, segment: 'segment.others' } });
    expect(e.tier).toEqual({ label: 2, tierKey: 'low', ref: { key: 'customers.why.tier.bottom', params: { value: 20, above: 50, tier: 'tier.low' } } });
    // No tenure; 5 days <= 30 so not churn; F 2 is not 1 and below the mean 2.75 -> growth.
    expect(e.lifecycle).toEqual({
      stage: 1,
      ref: { key: 'customers.why.lifecycle.growthNoTenure', params: { frequency: 2, mean: 2.75, stage: 'lifecycle.growth' } },
    });
  });

  it('customer 0 is a champion in the top tier', () => {
    const input = fourCustomers({ recency: { method: 'mean' }, frequency: { method: 'mean' }, monetary: { method: 'mean' } });
    const e = explainCustomer(0, input);
    expect(e.segment.ref.params).toMatchObject({ rule: 1, rRange: '3', segment: 'segment.champions' });
    expect(e.tier.ref).toEqual({ key: 'customers.why.tier.top', params: { value: 500, boundary: 300, tier: 'tier.high' } });
  });

  it('the reasons spell the class letters for every customer and setting', () => {
    for (const method of ['mean', 'median', 'score'] as const) {
      const input = fourCustomers({ recency: { method }, frequency: { method }, monetary: { method } });
      for (let p = 0; p < 4; p++) {
        const e = explainCustomer(p, input);
        expect(e.eight.reasons.map((r) => (r.high ? 'H' : 'L')).join('')).toBe(EIGHT_CLASS_KEYS[e.eight.code]);
      }
    }
  });
});
