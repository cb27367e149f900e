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
    expect(skewness([1, 1, 1, 10])).toBeGreaterThan(0);
    expect(skewness([5])).toBe(0);
  });

  it('the largest class and the median count', () => {
    const counts = base.analysis.eight.counts;
    expect(counts[counts.indexOf(Math.max(...counts))]).toBe(Math.max(...counts));
    expect(largestEightClass(base)).toBe(['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL'][counts.indexOf(Math.max(...counts))]);
    expect(medianThresholds(base)).toBe(0);
    const med = contextOf(small, { settings: (s) => (s.thresholds = { recency: { method: 'median' }, frequency: { method: 'median' }, monetary: { method: 'median' } }) });
    expect(medianThresholds(med)).toBe(3);
  });

  it('segments: Others and Champions', () => {
    expect(othersCount(base)).toBe(base.analysis.segments.counts.at(-1));
    const catchAll = contextOf(small, {
      settings: (s) => (s.segmentRules = [...defaultSegmentRules(5), { key: 'all', R: { min: 1, max: 5 }, F: { min: 1, max: 5 }, M: { min: 1, max: 5 } }]),
    });
    expect(othersCount(catchAll)).toBe(0);
    expect(championsCount(catchAll)).toBe(championsCount(base));
  });

  it('quadrants: high-value share and the budget per customer', () => {
    // Value line at the median (90): A, B, D, F, H are high value.
    expect(quadrantHighXShare(base, 'valuePotential')).toBeCloseTo(0.5);
    const counts = base.analysis.valuePotential!.counts;
    expect(budgetPerCustomer(base, 100_000, 0)).toBeCloseTo(counts[0] ? 30_000 / counts[0] : 0);
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
    expect(mine.changed).toBe(theirs.changed);
    expect(mine.entered).toBe(theirs.entered);
    expect(mine.stayed).toBe(theirs.stayed);
  });
});

describe('measures on samples/classroom.csv', async () => {
  const classroom = await classroomDataset();
  const ctx = contextOf(classroom);
  it('matches the engine', () => {
    expect(ctx.metrics.n).toBe(40);
    expect(mHighShare(ctx)).toBeCloseTo(16 / 40);
    expect(largestEightClass(ctx)).toBe('LLL');
    expect(oneTimeBuyerShare(ctx)).toBeCloseTo(11 / 40);
    expect(mostSkewedDimension(ctx)).not.toBeNull();
    expect(smallestShareFor(ctx, 0.8)).toBeCloseTo(15 / 40);
    expect(top20RevenueShare(ctx)).toBeCloseTo(ctx.analysis.pyramid.tiers[0].revenueShare);
  });
});
