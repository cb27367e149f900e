import { describe, expect, it } from 'vitest';
import { lifecycleStages } from './lifecycle';
import { churnedPerBin, firstChurned, recencyHistogram } from './recencyHistogram';

// Recency 0 1 2 5 9 10 10, four bins over 0..10 (width 2.5):
//   [0, 2.5): 0 1 2 | [2.5, 5): none | [5, 7.5): 5 | [7.5, 10]: 9 10 10
const sorted = Float64Array.from([0, 1, 2, 5, 9, 10, 10]);

describe('recency histogram', () => {
  it('bins the sorted column into contiguous runs', () => {
    const h = recencyHistogram(sorted, 4);
    expect(h.maxRecency).toBe(10);
    expect(h.maxCount).toBe(3);
    expect(h.bins.map((b) => [b.x0, b.x1, b.count])).toEqual([[0, 2.5, 3], [2.5, 5, 0], [5, 7.5, 1], [7.5, 10, 3]]);
    expect(h.bins.map((b) => [b.start, b.end])).toEqual([[0, 3], [3, 3], [3, 4], [4, 7]]);
  });
  it('no customers: one empty year', () => {
    const h = recencyHistogram(new Float64Array(0), 4);
    expect(h.maxRecency).toBe(365);
    expect(h.bins.every((b) => b.count === 0)).toBe(true);
  });
  it('fractional longest recency rounds up; all zero still spans one day', () => {
    expect(recencyHistogram(Float64Array.from([0.2, 3.4]), 2).maxRecency).toBe(4);
    expect(recencyHistogram(Float64Array.from([0, 0]), 2).bins.map((b) => b.count)).toEqual([2, 0]);
  });
});

describe('churn split (churned = more than churnDays silent)', () => {
  it.each([
    // [churnDays, first churned position, churned per bin]
    [9, 5, [0, 0, 0, 2]], // 9 is not churned, 10 and 10 are
    [8, 4, [0, 0, 0, 3]],
    [4, 3, [0, 0, 1, 3]],
    [1, 2, [1, 0, 1, 3]], // a bin cut by the threshold is split, not painted whole
    [10, 7, [0, 0, 0, 0]],
  ])('churnDays %i', (days, first, perBin) => {
    expect(firstChurned(sorted, days)).toBe(first);
    expect(churnedPerBin(recencyHistogram(sorted, 4), sorted, days)).toEqual(perBin);
  });
  it('agrees with lifecycleStages on how many churned', () => {
    const ones = new Float64Array(sorted.length).fill(1);
    for (const churnDays of [0, 1, 4, 9, 10]) {
      const stages = lifecycleStages(sorted, ones, ones, null, { acquisitionDays: 90, maturityDays: 365, churnDays });
      const sum = churnedPerBin(recencyHistogram(sorted, 4), sorted, churnDays).reduce((a, c) => a + c, 0);
      expect(sum).toBe(stages.counts[3]);
    }
  });
});
