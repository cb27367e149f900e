import { describe, expect, it } from 'vitest';
import { lifecycleStages } from './lifecycle';
import { quadrants, resolveAxis, splitBudget } from './quadrants';
import { movers, transitionMatrix } from './transitions';

describe('quadrants', () => {
  it('labels high value/high potential inclusively and sums revenue share', () => {
    const r = quadrants([10, 10, 1, 1], [5, 1, 5, 1], [10, 10, 1, 1], 10, 5);
    expect(Array.from(r.labels)).toEqual([0, 1, 2, 3]);
    expect(r.revenueShare).toEqual([10 / 22, 10 / 22, 1 / 22, 1 / 22]);
    expect(resolveAxis([1, 2, 3, 10], { method: 'median' })).toBe(2.5);
    expect(resolveAxis([1, 2, 3, 10], { method: 'mean' })).toBe(4);
  });

  it('splits a budget 30/25/20/25 and per customer', () => {
    const s = splitBudget(100_000, [10, 0, 40, 50]);
    expect(s.map((x) => x.budget)).toEqual([30_000, 25_000, 20_000, 25_000]);
    expect(s.map((x) => x.perCustomer)).toEqual([3000, 0, 500, 500]);
  });
});

describe('lifecycle', () => {
  it.each([
    { r: 200, tenure: 400, stage: 3 },
    { r: 10, tenure: 30, stage: 0 },
    { r: 10, tenure: 200, stage: 1 },
    { r: 180, tenure: 800, stage: 2 },
  ])('R $r tenure $tenure -> stage $stage', ({ r, tenure, stage }) => {
    expect(lifecycleStages([r], [3], [10], [tenure]).labels[0]).toBe(stage);
  });
});

describe('transitions', () => {
  it('counts who moved, with customers present on one side only', () => {
    const before = { index: [0, 1, 2], labels: [0, 0, 1] };
    const after = { index: [0, 1, 3], labels: [0, 1, 1] };
    const m = transitionMatrix(before, after, 2, 4);
    expect(m.counts).toEqual([
      [1, 1, 0],
      [0, 0, 1],
      [0, 1, 0],
    ]);
    expect(m.moved).toBe(3);
    expect(m.stayed).toBe(1);
    expect(movers(before, after, 0, 1, 4)).toEqual([1]);
  });
});
