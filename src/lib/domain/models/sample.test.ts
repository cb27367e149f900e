import { describe, expect, it } from 'vitest';
import { jitter, sampleIndices } from './sample';

describe('sampleIndices', () => {
  // step = max(1, ceil(n / max)); indices 0, step, 2·step, … below n.
  it.each([
    [0, 300, []],
    [5, 0, []],
    [10, 300, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]], // step 1: everyone
    [7, 7, [0, 1, 2, 3, 4, 5, 6]], // step 1
    [10, 5, [0, 2, 4, 6, 8]], // step ceil(10/5) = 2
    [10, 3, [0, 4, 8]], // step ceil(10/3) = 4: fewer than max
    [9, 3, [0, 3, 6]], // step 3
  ])('n = %i, max = %i', (n, max, expected) => {
    expect(sampleIndices(n, max)).toEqual(expected);
  });

  it('never draws more than max: 1000 customers, at most 300, step 4', () => {
    const s = sampleIndices(1000, 300);
    expect(s).toHaveLength(250);
    expect(s.slice(0, 3)).toEqual([0, 4, 8]);
    expect(s[s.length - 1]).toBe(996);
  });
});

describe('jitter', () => {
  it('jitter(0, 0) step by step (32-bit words)', () => {
    // 0 ^ 0x9e3779b9 = 0x9e3779b9; × 0x85ebca6b = 0xc10eda53; ^ (1 × 0xc2b2ae35) = 0x03bc7466;
    // ^ (>>> 13) = 0x03bc6985; × 0x27d4eb2f = 0x4998766b; ^ (>>> 16) = 0x49983ff3 = 1234714611.
    expect(jitter(0, 0)).toBe(1234714611 / 2 ** 32);
    expect(jitter(0)).toBe(jitter(0, 0));
  });

  it('is stable, in [0, 1), and a salt gives another number', () => {
    expect(jitter(7, 1)).toBe(jitter(7, 1));
    expect(jitter(7, 1)).not.toBe(jitter(7, 2));
    for (let i = 0; i < 500; i++) {
      for (const salt of [1, 2]) {
        expect(jitter(i, salt)).toBeGreaterThanOrEqual(0);
        expect(jitter(i, salt)).toBeLessThan(1);
      }
    }
  });

  it('spreads marks evenly: each tenth of [0, 1) gets 150 to 250 of 2000 draws', () => {
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 1000; i++) for (const salt of [1, 2]) buckets[Math.floor(jitter(i, salt) * 10)]++;
    for (const b of buckets) {
      expect(b).toBeGreaterThanOrEqual(150);
      expect(b).toBeLessThanOrEqual(250);
    }
  });
});
