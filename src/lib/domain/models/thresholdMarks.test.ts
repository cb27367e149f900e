import { describe, expect, it } from 'vitest';
import { edgeScores, scoreCutAmount, thresholdPosition } from './thresholdMarks';

describe('scores either side of an edge (k = 5, four edges)', () => {
  it.each([
    // [dim, edge index, left score, right score]: R is reversed, fewer days score higher.
    ['frequency', 0, 1, 2],
    ['frequency', 3, 4, 5],
    ['monetary', 1, 2, 3],
    ['recency', 0, 5, 4],
    ['recency', 3, 2, 1],
  ] as const)('%s edge %i: %i | %i', (dim, i, below, above) => {
    expect(edgeScores(dim, i, 4)).toEqual({ below, above });
  });
  it('k = 3: R edge 1 has 2 on the left, 1 on the right', () => {
    expect(edgeScores('recency', 1, 2)).toEqual({ below: 2, above: 1 });
  });
});

describe('where the threshold is drawn', () => {
  // k = 5, edges 10 | 20 | 30 | 40, axis 0..100.
  const edges = [10, 20, 30, 40];
  it('a resolved amount is drawn where it is', () => {
    expect(thresholdPosition('monetary', { method: 'mean' }, 17.5, edges, 5, 0, 100)).toBe(17.5);
    expect(thresholdPosition('monetary', { method: 'custom', value: 3 }, null, edges, 5, 0, 100)).toBe(0);
  });
  it('F score >= 3 is "above edge 2" (20); R score >= 3 is "at most edge k-3+1" (30)', () => {
    expect(thresholdPosition('frequency', { method: 'score', value: 3 }, null, edges, 5, 0, 100)).toBe(20);
    expect(thresholdPosition('recency', { method: 'score', value: 3 }, null, edges, 5, 0, 100)).toBe(30);
  });
  it('an unset cut is the default for k: 3 of 5, 2 of 3', () => {
    expect(thresholdPosition('frequency', { method: 'score' }, null, edges, 5, 0, 100)).toBe(20);
    expect(thresholdPosition('frequency', { method: 'score' }, null, [10, 20], 3, 0, 100)).toBe(10);
    expect(thresholdPosition('recency', { method: 'score' }, null, [10, 20], 3, 0, 100)).toBe(20);
  });
  it('a cut of 1 takes everyone: the Low end of the axis (R: most days)', () => {
    expect(thresholdPosition('recency', { method: 'score', value: 1 }, null, edges, 5, 0, 100)).toBe(100);
    expect(thresholdPosition('monetary', { method: 'score', value: 1 }, null, edges, 5, 0, 100)).toBe(0);
    expect(scoreCutAmount('monetary', { method: 'score', value: 1 }, edges, 5)).toBeNull();
    expect(scoreCutAmount('monetary', { method: 'score', value: 5 }, edges, 5)).toBe(40);
  });
});
