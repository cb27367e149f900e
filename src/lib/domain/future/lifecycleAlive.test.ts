/** Lifecycle stage x P(alive) band, counted by hand. */
import { describe, expect, it } from 'vitest';
import { bandOf, lifecycleByPAlive } from './lifecycleAlive';

describe('lifecycle x P(alive)', () => {
  it('bands at 0.3 and 0.7, each edge in the band above it', () => {
    expect([0, 0.29999, 0.3, 0.69999, 0.7, 1].map(bandOf)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('counts each analysis customer once, through the table index, with a column for those outside the model', () => {
    // Table customers 0..4; the model covers 4, 2, 0 (in that order) with P(alive) 0.9, 0.1, 0.5.
    // Analysis customers j: table index [0, 2, 3, 4], stages [churn, growth, acquisition, churn].
    const cross = lifecycleByPAlive([3, 1, 0, 3], [0, 2, 3, 4], [4, 2, 0], [0.9, 0.1, 0.5], 5);
    expect(cross.counts).toEqual([
      [0, 0, 0, 1], // acquisition: table 3, not in the model
      [1, 0, 0, 0], // growth: table 2, P = 0.1
      [0, 0, 0, 0], // maturity
      [0, 1, 1, 0], // churn: table 0 (P = 0.5) and table 4 (P = 0.9)
    ]);
    expect(cross.churnedButAlive).toBe(1);
    expect(cross.activeButGone).toBe(1);
    expect(cross.customers).toBe(4);
  });
});
