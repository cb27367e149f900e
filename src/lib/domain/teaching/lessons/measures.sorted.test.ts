import { describe, expect, it } from 'vitest';
import { sortMetrics } from '../../models/analysis';
import { contextOf, smallDataset } from './fixtures';
import { classChanges, smallestShareFor, sortedMonetary, top20RevenueShare, topTierIsSmallestFor } from './measures';

// Goals run on every change of the live state: they read the context's sorted columns, never sort.
const plain = contextOf(smallDataset());
const live = { ...plain, sorted: sortMetrics(plain.metrics) };

describe('measures read the sorted columns the context carries', () => {
  it('give the same answers with and without them (fixture: top 20 % bring 6000 of 7400)', () => {
    expect(top20RevenueShare(live)).toBeCloseTo(6000 / 7400, 12);
    expect(top20RevenueShare(plain)).toBe(top20RevenueShare(live));
    // H (5000) and B (1000): 2 of 10 customers reach 80 %.
    expect(smallestShareFor(live, 0.8)).toBe(0.2);
    expect(smallestShareFor(plain, 0.8)).toBe(0.2);
    expect(topTierIsSmallestFor(live, 0.8)).toBe(topTierIsSmallestFor(plain, 0.8));
    expect(classChanges(live, live)).toEqual(classChanges(plain, plain));
  });

  it('use the carried array itself (a stand-in shows it is not re-sorted from the metrics)', () => {
    // Sorted stand-in of five values, only the last non-zero: the top customer has it all.
    const standIn = { ...live, sorted: { ...live.sorted, monetary: Float64Array.of(0, 0, 0, 0, 1) } };
    expect(sortedMonetary(standIn)).toBe(standIn.sorted.monetary);
    expect(top20RevenueShare(standIn)).toBe(1);
    expect(smallestShareFor(standIn, 0.8)).toBe(0.2);
  });
});
