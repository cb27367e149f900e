import { describe, expect, it } from 'vitest';
import { compare } from '../../models/compare';
import { defaultLensSettings } from '../../models/analysis';
import { defaultSegmentRules } from '../../models/segments';
import { isoToDay } from '../../days';
import { contextOf, smallDataset, classroomDataset } from './fixtures';
import {
  budgetPerCustomer,
  championsCount,
  churnShareAt,
  classChanges,
  daysBack,
  inDateOrder,
  largestEightClass,
  medianThresholds,
  mHighRevenueShare,
  mHighShare,
  mostSkewedDimension,
  movedBackAQuarter,
  oneTimeBuyerShare,
  othersCount,
  quadrantHighXShare,
  skewness,
  smallestShareFor,
  top20RevenueShare,
  topTierIsSmallestFor,
} from './measures';

const small = smallDataset();
const base = contextOf(small);

// Literal numbers: tests/reference/classroom_answers.py (independent, numpy), on the small data of
// ./fixtures.ts and on samples/classroom.csv.

describe('measures on the small hand-made dataset', () => {
  it.each([
    ['M-high share at the mean (B, H)', () => mHighShare(base), 0.2],
    ['M-high share at the median (A, B, D, F, H)', () => mHighShare(contextOf(small, { settings: (s) => (s.thresholds.monetary = { method: 'median' }) })), 0.5],
    ['M-high revenue share at the mean', () => mHighRevenueShare(base), 6000 / 7400],
    ['one-time buyers', () => oneTimeBuyerShare(base), 0.6],
    ['top 20 % revenue share', () => top20RevenueShare(base), 6000 / 7400],
    ['smallest share for 80 %', () => smallestShareFor(base, 0.8), 0.2],
    ['smallest share for 50 %', () => smallestShareFor(base, 0.5), 0.1],
    ['churned at 180 days (H)', () => churnShareAt(base, 180), 0.1],
    ['churned at 90 days (C, E, H, J)', () => churnShareAt(base, 90), 0.4],
    ['days back at the default', () => daysBack(base), 0],
  ])('%s', (_name, f, expected) => {
    expect(f()).toBeCloseTo(expected as number, 10);
  });

  it('the most skewed dimension is M (one customer spent 5000)', () => {
    expect(mostSkewedDimension(base)).toBe('monetary');
    expect(skewness([1, 2, 3])).toBe(0);
    expect(skewness([1, 1, 1, 10])).toBeCloseTo(2 / Math.sqrt(3), 12); // 1.1547...
    expect(skewness([5])).toBe(0);
  });

  it('the largest class and the median count', () => {
    // Means R 74.7, F 1.8, M 740: HHH 0, HLH 1, LHH 0, LLH 1, HHL 4, HLL 1, LHL 0, LLL 3.
    expect(base.analysis.eight.counts).toEqual([0, 1, 0, 1, 4, 1, 0, 3]);
    expect(largestEightClass(base)).toBe('HHL');
    expect(medianThresholds(base)).toBe(0);
    const med = contextOf(small, { settings: (s) => (s.thresholds = { recency: { method: 'median' }, frequency: { method: 'median' }, monetary: { method: 'median' } }) });
    expect(medianThresholds(med)).toBe(3);
  });

  it('segments: Others and Champions', () => {
    // Default rules on the small data: no Champions, nobody in Others.
    expect(othersCount(base)).toBe(0);
    expect(championsCount(base)).toBe(0);
    const catchAll = contextOf(small, {
      settings: (s) => (s.segmentRules = [...defaultSegmentRules(5), { key: 'all', R: { min: 1, max: 5 }, F: { min: 1, max: 5 }, M: { min: 1, max: 5 } }]),
    });
    expect(othersCount(catchAll)).toBe(0);
    expect(championsCount(catchAll)).toBe(0);
  });

  it('quadrants: high-value share and the budget per customer', () => {
    // Value line at the median (90): A, B, D, F, H are high value.
    expect(quadrantHighXShare(base, 'valuePotential')).toBeCloseTo(0.5);
    // Potential line at the mean derived potential (0.5023): 4 / 1 / 2 / 3 customers.
    expect(base.analysis.valuePotential!.counts).toEqual([4, 1, 2, 3]);
    expect(budgetPerCustomer(base, 100_000, 0)).toBe(7_500);
    expect(budgetPerCustomer(base, 100_000, 1)).toBe(25_000);
  });

  it('the top tier is the smallest for 80 % only at two customers of ten', () => {
    const at = (p: number) => contextOf(small, { settings: (s) => (s.pyramid = { tiers: 'three', mode: 'percentile', cuts: [p, 0.5] }) });
    expect(topTierIsSmallestFor(at(0.8), 0.8)).toBe(true);
    expect(topTierIsSmallestFor(at(0.9), 0.8)).toBe(false); // top tier only H: 68 %
    expect(topTierIsSmallestFor(at(0.6), 0.8)).toBe(false); // four customers: too many
  });

  it('a quarter back: the date window and the changes agree with the Movement engine', () => {
    const day = isoToDay('2024-07-01')!;
    const back = contextOf(small, { analysisDay: day - 91 });
    expect(movedBackAQuarter(back)).toBe(true);
    expect(movedBackAQuarter(base)).toBe(false);
    expect(movedBackAQuarter(contextOf(small, { analysisDay: day - 120 }))).toBe(false);
    const [from, to] = inDateOrder(base, back);
    expect(from).toBe(back);
    const mine = classChanges(from, to)!;
    const settings = defaultLensSettings(5);
    const theirs = compare(small, { analysisDay: day - 91, monetaryMode: 'sum', settings }, { analysisDay: day, monetaryMode: 'sum', settings }, 'eight')!;
    // 2024-04-01 -> 2024-07-01: 6 customers at both dates, 2 change class; 4 are new.
    expect(mine).toMatchObject({ changed: 2, stayed: 4, entered: 4 });
    expect(theirs).toMatchObject({ changed: 2, stayed: 4, entered: 4 });
  });
});

describe('measures on samples/classroom.csv', async () => {
  const classroom = await classroomDataset();
  const ctx = contextOf(classroom);
  it('matches the independent answers', () => {
    expect(ctx.metrics.n).toBe(40);
    expect(mHighShare(ctx)).toBeCloseTo(16 / 40, 12);
    expect(mHighRevenueShare(ctx)).toBeCloseTo(44080 / 52455, 12);
    expect(largestEightClass(ctx)).toBe('LLL');
    expect(oneTimeBuyerShare(ctx)).toBeCloseTo(11 / 40, 12);
    expect(skewness(ctx.metrics.recency)).toBeCloseTo(0.1564043132228772, 10);
    expect(skewness(ctx.metrics.frequency)).toBeCloseTo(0.21231140237713297, 10);
    expect(skewness(ctx.metrics.monetary)).toBeCloseTo(0.7053007157547085, 10);
    expect(mostSkewedDimension(ctx)).toBe('monetary');
    expect(smallestShareFor(ctx, 0.8)).toBeCloseTo(15 / 40, 12);
    expect(smallestShareFor(ctx, 0.5)).toBeCloseTo(8 / 40, 12);
    // The top 8 customers by M bring 26,525 of 52,455; so does the default top tier (M >= 2534).
    expect(top20RevenueShare(ctx)).toBeCloseTo(26525 / 52455, 12);
    expect(ctx.analysis.pyramid.tiers[0].revenueShare).toBeCloseTo(26525 / 52455, 12);
    expect(churnShareAt(ctx, 180)).toBeCloseTo(19 / 40, 12);
    expect(churnShareAt(ctx, 30)).toBeCloseTo(28 / 40, 12);
    expect(quadrantHighXShare(ctx, 'valuePotential')).toBeCloseTo(20 / 40, 12);
    expect(budgetPerCustomer(ctx, 100_000, 0)).toBe(3750);
    expect(othersCount(ctx)).toBe(2);
    expect(championsCount(ctx)).toBe(0);
  });
});
