import { describe, expect, it } from 'vitest';
import type { CustomerMetrics } from '../types';
import {
  classifyEightResolved,
  classifyQuadrantResolved,
  computeEight,
  computePyramid,
  computeQuadrant,
  computeScores,
  resolveDimension,
  sortMetrics,
} from './analysis';
import { scoreCutsOf, type ThresholdSettings } from './eightClasses';
import { valuePyramid, defaultPyramidSetting } from './pyramid';
import { quadrants } from './quadrants';

/**
 * Four customers:      R   F   M    potential
 *   c0                10   5  100   2
 *   c1                40   1   20   0
 *   c2                20   3   60   1
 *   c3                50   1  300   3
 * Means: R 30, F 2.5, M 120. Medians (numpy linear): R 30, F 2, M 80, potential 1.5.
 */
function metrics(): CustomerMetrics {
  const col = (...v: number[]) => Float64Array.from(v);
  return {
    n: 4,
    index: Int32Array.from([0, 1, 2, 3]),
    ids: ['c0', 'c1', 'c2', 'c3'],
    recency: col(10, 40, 20, 50),
    frequency: col(5, 1, 3, 1),
    monetary: col(100, 20, 60, 300),
    tenure: null,
    potential: col(2, 0, 1, 3),
    futureValue: null,
    analysisDay: null,
    customersWithoutPurchase: 0,
    rowsAfterAnalysisDate: 0,
    totalMonetary: 480,
  };
}

const m = metrics();
const sorted = sortMetrics(m);
const scores = computeScores(m, sorted, 5);

describe('resolveDimension: one dimension at a time', () => {
  it.each([
    ['recency', { method: 'mean' }, 30],
    ['frequency', { method: 'mean' }, 2.5],
    ['monetary', { method: 'mean' }, 120],
    ['frequency', { method: 'median' }, 2],
    ['monetary', { method: 'median' }, 80],
    ['monetary', { method: 'custom', value: 50 }, 50],
    ['monetary', { method: 'custom' }, 120],
    ['recency', { method: 'score', value: 4 }, null],
  ] as const)('%s %o -> %s', (d, setting, expected) => {
    expect(resolveDimension(m, sorted, d, setting)).toBe(expected);
  });
});

describe('scoreCutsOf', () => {
  it.each([
    [{ recency: { method: 'score', value: 4 }, frequency: { method: 'mean' }, monetary: { method: 'score' } }, 5, { recency: 4, monetary: 3 }],
    [{ recency: { method: 'mean' }, frequency: { method: 'score' }, monetary: { method: 'custom', value: 9 } }, 3, { frequency: 2 }],
    [{ recency: { method: 'mean' }, frequency: { method: 'median' }, monetary: { method: 'mean' } }, 5, {}],
  ] as const)('%o at k = %i', (settings, k, expected) => {
    expect(scoreCutsOf(settings as ThresholdSettings, k)).toEqual(expected);
  });
});

describe('classifyEightResolved', () => {
  it('labels from resolved thresholds (worked by hand)', () => {
    // Means: c0 HHL (4), c1 LLL (7), c2 HHL (4), c3 LLH (3).
    const means: ThresholdSettings = { recency: { method: 'mean' }, frequency: { method: 'mean' }, monetary: { method: 'mean' } };
    const r = classifyEightResolved(m, scores, means, { recency: 30, frequency: 2.5, monetary: 120 });
    expect(Array.from(r.labels)).toEqual([4, 7, 4, 3]);
    expect(r.counts).toEqual([0, 0, 0, 1, 2, 0, 0, 1]);
    expect(r.revenue).toEqual([0, 0, 0, 300, 160, 0, 0, 20]);
    // M at 50: c0 and c2 become HHH.
    const r2 = classifyEightResolved(m, scores, { ...means, monetary: { method: 'custom', value: 50 } }, { recency: 30, frequency: 2.5, monetary: 50 });
    expect(Array.from(r2.labels)).toEqual([0, 7, 0, 3]);
    expect(r2.revenue).toEqual([160, 0, 0, 300, 0, 0, 0, 20]);
  });

  it.each<ThresholdSettings>([
    { recency: { method: 'mean' }, frequency: { method: 'mean' }, monetary: { method: 'mean' } },
    { recency: { method: 'median' }, frequency: { method: 'median' }, monetary: { method: 'custom', value: 60 } },
    { recency: { method: 'score', value: 4 }, frequency: { method: 'mean' }, monetary: { method: 'score' } },
    { recency: { method: 'custom', value: 20 }, frequency: { method: 'score', value: 2 }, monetary: { method: 'median' } },
  ])('is computeEight for %o', (settings) => {
    const resolved = {
      recency: resolveDimension(m, sorted, 'recency', settings.recency),
      frequency: resolveDimension(m, sorted, 'frequency', settings.frequency),
      monetary: resolveDimension(m, sorted, 'monetary', settings.monetary),
    };
    expect(classifyEightResolved(m, scores, settings, resolved)).toEqual(computeEight(m, sorted, scores, settings));
  });

  it('writes into a given labels array of the right length only', () => {
    const means: ThresholdSettings = { recency: { method: 'mean' }, frequency: { method: 'mean' }, monetary: { method: 'mean' } };
    const into = new Uint8Array(4).fill(9);
    expect(classifyEightResolved(m, scores, means, { recency: 30, frequency: 2.5, monetary: 120 }, into).labels).toBe(into);
    expect(Array.from(into)).toEqual([4, 7, 4, 3]);
    const short = new Uint8Array(3);
    expect(classifyEightResolved(m, scores, means, { recency: 30, frequency: 2.5, monetary: 120 }, short).labels).not.toBe(short);
  });
});

describe('quadrants', () => {
  it('labels (high inclusive, NaN low), counts, revenue and shares; reuses `into`', () => {
    const into = new Uint8Array(5);
    const r = quadrants([10, 10, 1, 1, NaN], [5, 1, 5, 1, 5], [10, 10, 1, 1, 0], 10, 5, into);
    expect(r.labels).toBe(into);
    expect(Array.from(r.labels)).toEqual([0, 1, 2, 3, 2]);
    expect(r.counts).toEqual([1, 1, 2, 1]);
    expect(r.revenue).toEqual([10, 10, 1, 1]);
    expect(r.revenueShare).toEqual([10 / 22, 10 / 22, 1 / 22, 1 / 22]);
    expect(r.thresholds).toEqual({ x: 10, y: 5 });
  });

  it('classifyQuadrantResolved is computeQuadrant for the same thresholds', () => {
    // Median M 80, mean potential 1.5: c0 (100, 2) high-high, c1 low-low, c2 (60, 1) low-low, c3 high-high.
    const setting = { x: { method: 'median' as const }, y: { method: 'mean' as const } };
    const r = classifyQuadrantResolved(m, 'potential', 80, 1.5)!;
    expect(Array.from(r.labels)).toEqual([0, 3, 3, 0]);
    expect(r).toEqual(computeQuadrant(m, sorted, 'potential', setting));
    expect(classifyQuadrantResolved(m, 'futureValue', 80, 1)).toBeNull();
  });
});

describe('pyramid with known total', () => {
  it('takes the metrics total instead of summing again, same result', () => {
    // 1..10, three tiers at the 80th and 50th percentiles: boundaries 8.2 and 5.5.
    const values = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    const into = new Uint8Array(10);
    const r = valuePyramid(values, defaultPyramidSetting('three'), values, 55, into);
    expect(r.labels).toBe(into);
    expect(r.boundaries).toEqual([8.2, 5.5]);
    expect(r.tiers.map((t) => [t.customers, t.revenue, t.revenueShare])).toEqual([
      [2, 19, 19 / 55],
      [3, 21, 21 / 55],
      [5, 15, 15 / 55],
    ]);
    expect(r).toEqual(valuePyramid(values, defaultPyramidSetting('three')));
    const p = computePyramid(m, sorted, defaultPyramidSetting('three'));
    expect(p.tiers.map((t) => t.revenueShare)).toEqual(valuePyramid(m.monetary, defaultPyramidSetting('three')).tiers.map((t) => t.revenueShare));
  });
});
