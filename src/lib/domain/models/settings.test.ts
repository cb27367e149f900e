/**
 * Settings change only through these functions. Expected values are worked by hand from
 * the definitions in COURSE.md (numpy-linear quantile edges, High inclusive on the good side).
 */
import { describe, expect, it } from 'vitest';
import { analyze, defaultLensSettings, type LensSettings } from './analysis';
import { defaultScoreCut, scoreCutOf } from './scoreCut';
import {
  withBins,
  withCustomThreshold,
  withEdge,
  withLifecycleDays,
  withPyramid,
  withQuadrant,
  withQuantileEdges,
  withScoreCut,
  withSegmentRules,
  withThresholdMethod,
  nextAnalysisDay,
} from './settings';
import type { CustomerMetrics } from '../types';

/** Ten customers; M = 10, 20, …, 100. R and F only fill the columns. */
function metrics(): CustomerMetrics {
  const n = 10;
  const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const monetary = col((i) => 10 * (i + 1));
  return {
    n,
    index: Int32Array.from({ length: n }, (_, i) => i),
    ids: Array.from({ length: n }, (_, i) => `c${i + 1}`),
    recency: col((i) => i + 1),
    frequency: col((i) => (i % 3) + 1),
    monetary,
    tenure: null,
    potential: null,
    futureValue: null,
    analysisDay: null,
    customersWithoutPurchase: 0,
    rowsAfterAnalysisDate: 0,
    totalMonetary: 550,
  };
}

/** Customers labelled M-high (class codes 0..3 have the M bit clear). */
const mHigh = (s: LensSettings) => {
  const { eight } = analyze(metrics(), s);
  return eight.counts[0] + eight.counts[1] + eight.counts[2] + eight.counts[3];
};

describe('withBins: the bug where the Data page changed k behind the RFM view', () => {
  // k = 5: M edges at positions 9·0.2 … 9·0.8 → 28, 46, 64, 82; score 5 is M > 82: 90, 100.
  // k = 3: edges at 9/3 and 18/3 → 40, 70; score 3 is M > 70: 80, 90, 100.
  it('keeps "M ≥ top score" meaningful: 2 M-high at k = 5, 3 at k = 3 (never 0)', () => {
    const at5 = withScoreCut(defaultLensSettings(5), 'monetary', 5);
    expect(mHigh(at5)).toBe(2);
    const at3 = withBins(at5, 3);
    expect(at3.thresholds.monetary).toEqual({ method: 'score', value: 3 });
    expect(mHigh(at3)).toBe(3);
  });

  it('the direct write it replaces gave 0 M-high customers', () => {
    const at5 = withScoreCut(defaultLensSettings(5), 'monetary', 5);
    expect(mHigh({ ...at5, bins: 3 })).toBe(0);
  });

  it.each([
    { name: 'drops dragged edges', from: { customEdges: { monetary: [1, 2, 3, 4] } }, k: 4, check: (s: LensSettings) => expect(s.customEdges).toEqual({}) },
    { name: 'keeps a cut that still fits', from: { thresholds: { ...defaultLensSettings().thresholds, frequency: { method: 'score' as const, value: 3 } } }, k: 3, check: (s: LensSettings) => expect(s.thresholds.frequency).toEqual({ method: 'score', value: 3 }) },
    { name: 'clamps edited rules to 1..k', from: { segmentRules: [{ key: 'top', R: { min: 5, max: 5 }, F: { min: 4, max: 5 }, M: { min: 1, max: 5 } }] }, k: 3, check: (s: LensSettings) => expect(s.segmentRules).toEqual([{ key: 'top', R: { min: 3, max: 3 }, F: { min: 3, max: 3 }, M: { min: 1, max: 3 } }]) },
    { name: 'leaves default rules as defaults', from: {}, k: 4, check: (s: LensSettings) => expect(s.segmentRules).toBeNull() },
  ])('$name', ({ from, k, check }) => {
    const s = withBins({ ...defaultLensSettings(5), ...from }, k);
    expect(s.bins).toBe(k);
    check(s);
  });

  it.each([5, 2, 6, 4.5, Number.NaN])('k = %s from 5 changes nothing unless it is 3 or 4', (k) => {
    const s = defaultLensSettings(5);
    expect(withBins(s, k)).toBe(s);
  });
});

describe('score cuts', () => {
  it.each([
    [3, 2],
    [4, 3],
    [5, 3],
  ])('the default cut for k = %i is %i', (k, cut) => expect(defaultScoreCut(k)).toBe(cut));

  it.each([
    { cut: 0, k: 5, stored: 1 },
    { cut: 6, k: 5, stored: 5 },
    { cut: 2.6, k: 4, stored: 3 },
    { cut: 4, k: 3, stored: 3 },
  ])('cut $cut at k = $k is stored as $stored', ({ cut, k, stored }) => {
    expect(withScoreCut(defaultLensSettings(k), 'recency', cut).thresholds.recency).toEqual({ method: 'score', value: stored });
  });

  it('scoreCutOf reads a stored cut, else the middle score', () => {
    expect(scoreCutOf({ method: 'score', value: 4 }, 5)).toBe(4);
    expect(scoreCutOf({ method: 'score' }, 4)).toBe(3);
    expect(scoreCutOf({ method: 'mean' }, 3)).toBe(2);
  });
});

describe('threshold method switches', () => {
  it.each([
    { method: 'score' as const, expected: { method: 'score', value: 3 } },
    { method: 'custom' as const, expected: { method: 'custom', value: 55 } },
    { method: 'median' as const, expected: { method: 'median' } },
  ])('to $method (drawn at 55)', ({ method, expected }) => {
    expect(withThresholdMethod(defaultLensSettings(5), 'monetary', method, 55).thresholds.monetary).toEqual(expected);
  });

  it('back to score keeps the earlier cut', () => {
    const s = withScoreCut(defaultLensSettings(5), 'frequency', 4);
    expect(withThresholdMethod(s, 'frequency', 'score', 0).thresholds.frequency).toEqual({ method: 'score', value: 4 });
  });

  it('ignores an amount that is not a number, and shares untouched parts', () => {
    const s = defaultLensSettings(5);
    expect(withCustomThreshold(s, 'recency', Number.NaN)).toBe(s);
    const next = withCustomThreshold(s, 'recency', 30);
    expect(next.thresholds.frequency).toBe(s.thresholds.frequency);
    expect(next.customEdges).toBe(s.customEdges);
    expect(next.pyramid).toBe(s.pyramid);
  });
});

describe('score edges', () => {
  it('moves one edge between its neighbours and resets to quantiles', () => {
    const s = defaultLensSettings(5);
    const moved = withEdge(s, 'monetary', [28, 46, 64, 82], 1, 70);
    expect(moved.customEdges.monetary).toEqual([28, 64, 64, 82]);
    expect(withQuantileEdges(moved, 'monetary').customEdges).toEqual({});
    expect(withEdge(s, 'monetary', [28, 46, 64], 0, 1)).toBe(s); // edges of another k
  });
});

describe('the other lenses', () => {
  it('segment rules are clamped to k; null restores the defaults', () => {
    const s = defaultLensSettings(4);
    const rule = { key: 'x', R: { min: 1, max: 9 }, F: { min: 1, max: 4 }, M: { min: 2, max: 2 } };
    expect(withSegmentRules(s, [rule]).segmentRules).toEqual([{ ...rule, R: { min: 1, max: 4 } }]);
    expect(withSegmentRules(s, null).segmentRules).toBeNull();
    expect(withSegmentRules(s, [{ ...rule, F: { min: Number.NaN, max: 2 } }])).toBe(s);
  });

  it('refuses cuts and axis amounts that are not numbers', () => {
    const s = defaultLensSettings(5);
    expect(withPyramid(s, { tiers: 'three', mode: 'amount', cuts: [Number.NaN, 10] })).toBe(s);
    expect(withPyramid(s, { tiers: 'three', mode: 'amount', cuts: [500, 100] }).pyramid.cuts).toEqual([500, 100]);
    expect(withPyramid(s, { tiers: 'three', mode: 'amount', cuts: [500, -3] }).pyramid.cuts).toEqual([500, 0]);
    expect(withQuadrant(s, 'valuePotential', { x: { method: 'custom', value: Number.NaN }, y: { method: 'mean' } })).toBe(s);
    expect(withQuadrant(s, 'currentFuture', { x: { method: 'custom', value: 200 }, y: { method: 'mean' } }).currentFuture.x).toEqual({ method: 'custom', value: 200 });
  });

  it.each([
    { key: 'churnDays' as const, days: 90.4, stored: 90 },
    { key: 'acquisitionDays' as const, days: 0, stored: 0 },
    { key: 'maturityDays' as const, days: -1, stored: 365 },
    { key: 'churnDays' as const, days: Number.POSITIVE_INFINITY, stored: 180 },
    { key: 'maturityDays' as const, days: 1e9, stored: 36500 },
  ])('lifecycle $key ← $days gives $stored', ({ key, days, stored }) => {
    expect(withLifecycleDays(defaultLensSettings(5), key, days).lifecycle[key]).toBe(stored);
  });
});

describe('analysis day', () => {
  // Data from day 100 to day 200.
  const range = { minDay: 100, maxDay: 200 };
  it.each([
    { next: null, expected: null },
    { next: 150, expected: 150 },
    { next: 100, expected: 101 },
    { next: -5, expected: 101 },
    { next: 1e15, expected: 201 + 3653 },
    { next: 150.5, expected: 120 },
    { next: Number.NaN, expected: 120 },
  ])('$next from 120 gives $expected', ({ next, expected }) => {
    expect(nextAnalysisDay(120, next, range)).toBe(expected);
  });
});
