import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EIGHT_CLASS_KEYS, eightClasses } from './eightClasses';

// R days, F, M for six customers; means: R 30, F 3, M 300.
const input = {
  recency: [10, 30, 50, 40, 20, 30],
  frequency: [5, 3, 1, 4, 2, 3],
  monetary: [600, 300, 100, 500, 200, 100],
};

describe('eight classes (COURSE.md table)', () => {
  it('keys follow the course table order', () => {
    expect(EIGHT_CLASS_KEYS).toEqual(['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL']);
  });

  it.each([
    { i: 0, key: 'HHH' }, // recent, frequent, big
    { i: 1, key: 'HHH' }, // exactly at every mean: High is inclusive on the good side
    { i: 2, key: 'LLL' },
    { i: 3, key: 'LHH' },
    { i: 4, key: 'HLL' },
    { i: 5, key: 'HHL' },
  ])('customer $i is $key with mean thresholds', ({ i, key }) => {
    const r = eightClasses(input);
    expect(r.thresholds).toEqual({ recency: 30, frequency: 3, monetary: 300 });
    expect(EIGHT_CLASS_KEYS[r.labels[i]]).toBe(key);
  });

  it('median, custom and score-cut thresholds', () => {
    const median = eightClasses(input, { recency: { method: 'median' }, frequency: { method: 'median' }, monetary: { method: 'median' } });
    expect(median.thresholds).toEqual({ recency: 30, frequency: 3, monetary: 250 });
    const custom = eightClasses(input, { recency: { method: 'custom', value: 15 }, frequency: { method: 'custom', value: 5 }, monetary: { method: 'custom', value: 600 } });
    expect(custom.counts).toEqual([1, 0, 0, 0, 0, 0, 0, 5]);
    const scores = { R: [5, 3, 1, 2, 4, 3], F: [5, 3, 1, 4, 2, 3], M: [5, 3, 1, 4, 2, 1] };
    const cut = eightClasses({ ...input, scores }, { recency: { method: 'score', value: 3 }, frequency: { method: 'score', value: 4 }, monetary: { method: 'score', value: 4 } });
    expect(Array.from(cut.labels, (c) => EIGHT_CLASS_KEYS[c])).toEqual(['HHH', 'HLL', 'LLL', 'LHH', 'HLL', 'HLL']);
  });

  it('sums revenue per class', () => {
    const r = eightClasses(input);
    expect(r.revenue[0]).toBe(900);
    expect(r.revenue.reduce((a, b) => a + b, 0)).toBe(1800);
  });

  it('property: every customer in exactly one class, counts add up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 50 }), fc.double({ min: -100, max: 1e5, noNaN: true })), { minLength: 1, maxLength: 300 }),
        (rows) => {
          const r = eightClasses({ recency: rows.map((x) => x[0]), frequency: rows.map((x) => x[1]), monetary: rows.map((x) => x[2]) });
          expect(r.counts.reduce((a, b) => a + b, 0)).toBe(rows.length);
          for (const l of r.labels) expect(l).toBeLessThan(8);
          // Improving a customer's M never moves them from M-high to M-low.
          const better = eightClasses({ recency: rows.map((x) => x[0]), frequency: rows.map((x) => x[1]), monetary: rows.map((x) => x[2]) }, { recency: { method: 'custom', value: r.thresholds.recency! }, frequency: { method: 'custom', value: r.thresholds.frequency! }, monetary: { method: 'custom', value: r.thresholds.monetary! } });
          expect(Array.from(better.labels)).toEqual(Array.from(r.labels));
        },
      ),
    );
  });
});
