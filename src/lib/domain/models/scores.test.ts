import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEdges, scoreColumn, scoreHigherBetter, scoreRecency } from './scores';

describe('score rules (COURSE.md)', () => {
  const edges = [10, 20, 30, 40];
  it.each([
    { value: 5, f: 1, r: 5 },
    { value: 10, f: 1, r: 5 }, // equal to an edge: lower bin
    { value: 10.5, f: 2, r: 4 },
    { value: 20, f: 2, r: 4 },
    { value: 40, f: 4, r: 2 },
    { value: 41, f: 5, r: 1 },
  ])('value $value -> F/M score $f, R score $r', ({ value, f, r }) => {
    expect(scoreHigherBetter(value, edges)).toBe(f);
    expect(scoreRecency(value, edges)).toBe(r);
  });

  it('never splits ties and reports empty bins (one-time buyers)', () => {
    const frequency = [1, 1, 1, 1, 1, 1, 2, 3, 5, 8];
    const e = defaultEdges(frequency, 5); // sorted; (n-1)p = 1.8, 3.6, 5.4, 7.2
    expect(e).toEqual([1, 1, 1.4, 3.4].map((x) => expect.closeTo(x, 12)));
    const col = scoreColumn('frequency', frequency, e);
    expect(col.counts).toEqual([6, 0, 0, 2, 2]);
    expect(col.emptyScores).toEqual([2, 3]);
  });

  it('gives everyone the same score when all values are equal', () => {
    const values = [7, 7, 7, 7];
    const e = defaultEdges(values, 5);
    expect(scoreColumn('monetary', values, e).counts).toEqual([4, 0, 0, 0, 0]);
    expect(scoreColumn('recency', values, e).counts).toEqual([0, 0, 0, 0, 4]);
  });

  it('handles one customer', () => {
    const e = defaultEdges([42], 5);
    expect(e).toEqual([42, 42, 42, 42]);
    expect(scoreColumn('recency', [42], e).scores[0]).toBe(5);
    expect(scoreColumn('monetary', [42], e).scores[0]).toBe(1);
  });

  it('property: scores never decrease as value improves, and stay within 1..k', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.constantFrom(3, 4, 5), (values, k) => {
        const e = defaultEdges(values, k);
        const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
        const m = scoreColumn('monetary', values, e).scores;
        const r = scoreColumn('recency', values, e).scores;
        for (let j = 1; j < order.length; j++) {
          expect(m[order[j]]).toBeGreaterThanOrEqual(m[order[j - 1]]);
          expect(r[order[j]]).toBeLessThanOrEqual(r[order[j - 1]]);
        }
        for (const s of [...m, ...r]) expect(s >= 1 && s <= k).toBe(true);
        expect(scoreColumn('frequency', values, e).counts.reduce((a, b) => a + b, 0)).toBe(values.length);
      }),
    );
  });
});
