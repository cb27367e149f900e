import { describe, expect, it } from 'vitest';
import { compensatedSum, mean, quantileEdges, quantileOfSorted, sortedCopy } from './quantile';

// Expected values computed with numpy 1.26 `np.quantile(x, p)` (method "linear").
describe('quantileOfSorted matches numpy linear', () => {
  it.each([
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4], p: 0.2, expected: 1.6 },
    { values: [1, 2, 3, 4, 5], p: 0.8, expected: 4.2 },
    { values: [1, 1, 1, 1, 2, 5, 9], p: 0.4, expected: 1 },
    { values: [10], p: 0.2, expected: 10 },
    { values: [3, 7], p: 0.6, expected: 5.4 },
    { values: [0, 100], p: 0.75, expected: 75 },
    { values: [5, 1, 4, 2, 3], p: 0, expected: 1 },
    { values: [5, 1, 4, 2, 3], p: 1, expected: 5 },
  ])('$values at $p = $expected', ({ values, p, expected }) => {
    expect(quantileOfSorted(sortedCopy(values), p)).toBeCloseTo(expected, 12);
  });

  it('uses the upper-neighbour form of _lerp when the fraction is >= 0.5 (bit-exact)', () => {
    // (n-1)p = 0.6*... gamma >= 0.5: b - (b - a) * (1 - gamma), which differs from a + (b - a) * gamma in the last bit here.
    const sorted = sortedCopy([0.1, 0.7]);
    const p = 0.7;
    const a = 0.1, b = 0.7, g = (2 - 1) * p;
    expect(quantileOfSorted(sorted, p)).toBe(b - (b - a) * (1 - g));
  });

  it('gives k-1 edges at 1/k .. (k-1)/k', () => {
    expect(quantileEdges(sortedCopy([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 5)).toEqual([3, 5, 7, 9]);
    expect(quantileEdges(sortedCopy([1, 2, 3, 4, 5, 6, 7]), 3)).toEqual([3, 5]);
  });

  it('returns NaN for no values', () => {
    expect(quantileOfSorted(new Float64Array(0), 0.5)).toBeNaN();
    expect(mean([])).toBeNaN();
  });
});

describe('compensatedSum', () => {
  it('keeps cents exact where a naive sum drifts', () => {
    const cents = new Array(10).fill(0.1);
    expect(compensatedSum(cents)).toBe(1);
    expect(mean([1e16, 1, -1e16])).toBeCloseTo(1 / 3, 15);
  });
});
