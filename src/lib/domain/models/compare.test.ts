import { describe, expect, it } from 'vitest';
import { isoToDay } from '../days';
import type { CustomerTable } from '../types';
import { defaultLensSettings, type LensSettings } from './analysis';
import {
  compare,
  compareLabellings,
  isEarlyWarning,
  labelSide,
  monthsEarlier,
  moversOf,
  sideMetrics,
  type CompareLens,
  type CompareSide,
} from './compare';
import { transactionTable } from './testTable';

/*
 * Seven customers, compared at 2024-04-01 ("a quarter earlier") and at the default date
 * 2024-07-01 (the day after the last row). Hand-computed values:
 *
 *            at 2024-04-01                 at 2024-07-01
 *            R   F  M     8   tier  life   R    F  M     8    tier  life
 *   A (0)    12  2  1000  HHH medium acq   11   4  2000  HHH  high  growth
 *   B (1)    7   3  1200  HHH high   acq   98   3  1200  LHH  med.  growth   <- early warning
 *   C (2)    -                             1    2  50    HLL  low   acq
 *   D (3)    60  1  30    LLL low    acq   30   2  60    HLL  low   growth
 *   E (4)    91  1  10    LLL low    growth 182 1  10    LLL  low   churn
 *   F (5)    2   2  900   HHH medium acq   93   2  900   LLH  med.  growth   <- early warning
 *   G (6)    -                             21   1  1500  HLH  high  acq
 *
 * Means at 04-01: R 34.4, F 1.8, M 628; at 07-01: R 436/7, F 15/7, M 5720/7.
 * Pyramid boundaries (0.8, 0.5 quantiles of M): at 04-01 [1040, 900]; at 07-01 [1440, 900].
 */
const rows = [
  { customer: 'A', date: '2024-01-10', amount: 500 },
  { customer: 'A', date: '2024-03-20', amount: 500 },
  { customer: 'A', date: '2024-05-10', amount: 500 },
  { customer: 'A', date: '2024-06-20', amount: 500 },
  { customer: 'B', date: '2024-01-15', amount: 400 },
  { customer: 'B', date: '2024-02-15', amount: 400 },
  { customer: 'B', date: '2024-03-25', amount: 400 },
  { customer: 'C', date: '2024-05-01', amount: 20 },
  { customer: 'C', date: '2024-06-30', amount: 30 },
  { customer: 'D', date: '2024-02-01', amount: 30 },
  { customer: 'D', date: '2024-06-01', amount: 30 },
  { customer: 'E', date: '2024-01-01', amount: 10 },
  { customer: 'F', date: '2024-03-28', amount: 450 },
  { customer: 'F', date: '2024-03-30', amount: 450 },
  { customer: 'G', date: '2024-06-10', amount: 1500 },
];
const table = transactionTable(rows);
const quarterEarlier = isoToDay('2024-04-01')!;

const side = (analysisDay: number | null, settings: LensSettings = defaultLensSettings(5)): CompareSide => ({
  analysisDay,
  monetaryMode: 'sum',
  settings,
});
const earlier = side(quarterEarlier);
const now = side(null);

/** Non-zero cells as "fromKey>toKey": count, with "absent" for the extra row/column. */
function cells(lens: CompareLens, from: CompareSide, to: CompareSide): Record<string, number> {
  const c = compare(table, from, to, lens)!;
  const name = (i: number) => (i === c.absent ? 'absent' : c.classes[i].key);
  const out: Record<string, number> = {};
  c.matrix.counts.forEach((row, i) => row.forEach((n, j) => n && (out[`${name(i)}>${name(j)}`] = n)));
  return out;
}

describe('compare two analysis dates', () => {
  it('metrics at each date match the hand computation', () => {
    const before = sideMetrics(table, earlier);
    expect(before.ids).toEqual(['A', 'B', 'D', 'E', 'F']);
    expect([...before.index]).toEqual([0, 1, 3, 4, 5]);
    expect([...before.recency]).toEqual([12, 7, 60, 91, 2]);
    const after = sideMetrics(table, now);
    expect([...after.recency]).toEqual([11, 98, 1, 30, 182, 93, 21]);
    expect([...after.monetary]).toEqual([2000, 1200, 50, 60, 10, 900, 1500]);
  });

  it.each<{ lens: CompareLens; expected: Record<string, number> }>([
    {
      lens: 'eight',
      expected: { 'HHH>HHH': 1, 'HHH>LHH': 1, 'HHH>LLH': 1, 'LLL>HLL': 1, 'LLL>LLL': 1, 'absent>HLH': 1, 'absent>HLL': 1 },
    },
    {
      lens: 'pyramid',
      expected: { 'high>medium': 1, 'medium>high': 1, 'medium>medium': 1, 'low>low': 2, 'absent>high': 1, 'absent>low': 1 },
    },
    {
      lens: 'lifecycle',
      expected: { 'acquisition>growth': 4, 'growth>churn': 1, 'absent>acquisition': 2 },
    },
  ])('$lens: transition cells', ({ lens, expected }) => {
    expect(cells(lens, earlier, now)).toEqual(expected);
  });

  it.each<{ lens: CompareLens; stayed: number; changed: number; entered: number; left: number; promotions: number | null; demotions: number | null }>([
    { lens: 'eight', stayed: 2, changed: 3, entered: 2, left: 0, promotions: null, demotions: null },
    { lens: 'pyramid', stayed: 3, changed: 2, entered: 2, left: 0, promotions: 1, demotions: 1 },
    { lens: 'lifecycle', stayed: 0, changed: 5, entered: 2, left: 0, promotions: null, demotions: null },
  ])('$lens: totals', ({ lens, ...totals }) => {
    const c = compare(table, earlier, now, lens)!;
    expect({ stayed: c.stayed, changed: c.changed, entered: c.entered, left: c.left, promotions: c.promotions, demotions: c.demotions }).toEqual(totals);
    expect(c.matrix.moved).toBe(totals.changed + totals.entered + totals.left);
    expect(c.matrix.stayed).toBe(totals.stayed);
  });

  it('the absent row and column sit after the classes', () => {
    const c = compare(table, earlier, now, 'eight')!;
    expect(c.absent).toBe(8);
    expect(c.classes.map((k) => k.key)).toEqual(['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL']);
    expect(c.classes[0].messageKey).toBe('class.HHH');
    expect(c.fromCounts).toEqual([3, 0, 0, 0, 0, 0, 0, 2]);
    expect(c.toCounts).toEqual([1, 1, 1, 1, 0, 2, 0, 1]);
    expect(c.toRevenue).toEqual([2000, 1500, 1200, 900, 0, 110, 0, 10]);
  });

  it('early warnings: important value (HHH) to important to win back (LLH) and to retain (LHH)', () => {
    const c = compare(table, earlier, now, 'eight')!;
    expect(c.earlyWarnings).toEqual([
      { from: 0, to: 3, count: 1 },
      { from: 0, to: 2, count: 1 },
    ]);
    expect(isEarlyWarning('eight', 'HHH', 'LLH')).toBe(true);
    expect(isEarlyWarning('eight', 'HHH', 'LHH')).toBe(true);
    expect(isEarlyWarning('eight', 'HHH', 'HLH')).toBe(false);
    expect(isEarlyWarning('pyramid', 'HHH', 'LLH')).toBe(false);
    expect(compare(table, earlier, now, 'pyramid')!.earlyWarnings).toEqual([]);
  });

  it.each([
    { from: 0, to: 3, indices: [5], total: 1 }, // F: HHH -> LLH
    { from: 0, to: 2, indices: [1], total: 1 }, // B: HHH -> LHH
    { from: 8, to: 5, indices: [2], total: 1 }, // C: new, HLL
    { from: 7, to: 5, indices: [3], total: 1 }, // D: LLL -> HLL
    { from: 0, to: 0, indices: [0], total: 1 },
    { from: 1, to: 1, indices: [], total: 0 },
    { from: 8, to: 8, indices: [], total: 0 },
  ])('movers of eight-class cell ($from, $to)', ({ from, to, indices, total }) => {
    expect(moversOf(compare(table, earlier, now, 'eight')!, from, to)).toEqual({ indices, total });
  });

  it('movers: the limit keeps the first customers in dataset order', () => {
    const c = compare(table, earlier, now, 'lifecycle')!;
    expect(moversOf(c, 0, 1)).toEqual({ indices: [0, 1, 3, 5], total: 4 });
    expect(moversOf(c, 0, 1, 2)).toEqual({ indices: [0, 1], total: 4 });
    expect(moversOf(c, c.absent, 0)).toEqual({ indices: [2, 6], total: 2 });
  });

  it('reversed dates: customers missing at the later side go to the absent column', () => {
    const c = compare(table, now, earlier, 'pyramid')!;
    expect(c.entered).toBe(0);
    expect(c.left).toBe(2);
    expect(moversOf(c, 0, c.absent).indices).toEqual([6]);
    expect(c.promotions).toBe(1);
    expect(c.demotions).toBe(1);
  });
});

describe('compare a snapshot of the settings with now (same date)', () => {
  it('a custom monetary threshold of 1000 moves F from LLH to LLL only', () => {
    const custom = defaultLensSettings(5);
    custom.thresholds.monetary = { method: 'custom', value: 1000 };
    expect(cells('eight', now, side(null, custom))).toEqual({
      'HHH>HHH': 1,
      'HLH>HLH': 1,
      'LHH>LHH': 1,
      'LLH>LLL': 1,
      'HLL>HLL': 2,
      'LLL>LLL': 1,
    });
  });

  it('pyramid with different tier sets: classes are merged and promotions are not defined', () => {
    const four = defaultLensSettings(5);
    four.pyramid = { tiers: 'four', mode: 'amount', cuts: [1800, 1000, 100] };
    const c = compare(table, now, side(null, four), 'pyramid')!;
    expect(c.classes.map((k) => k.key)).toEqual(['platinum', 'gold', 'iron', 'lead', 'high', 'medium', 'low']);
    expect(c.promotions).toBeNull();
    expect(cells('pyramid', now, side(null, four))).toEqual({
      'high>platinum': 1,
      'high>gold': 1,
      'medium>gold': 1,
      'medium>iron': 1,
      'low>lead': 3,
    });
  });

  it('segments: user rules are merged with the default ones, Others stays last', () => {
    const vip = defaultLensSettings(5);
    vip.segmentRules = [{ key: 'vip', label: 'VIP', R: { min: 1, max: 5 }, F: { min: 1, max: 5 }, M: { min: 5, max: 5 } }];
    const c = compare(table, now, side(null, vip), 'segments')!;
    expect(c.classes.map((k) => k.key)).toEqual([
      'vip',
      'champions',
      'potentialLoyalist',
      'loyal',
      'promising',
      'newCustomers',
      'cantLose',
      'atRisk',
      'needAttention',
      'aboutToSleep',
      'lost',
      'others',
    ]);
    expect(c.classes[0]).toEqual({ key: 'vip', messageKey: 'segment.vip', label: 'VIP' });
    // M score 5 above the 0.8 quantile 1440: A (2000) and G (1500).
    expect(c.toCounts[0]).toBe(2);
    expect(c.toCounts[11]).toBe(5);
    expect(moversOf(c, c.classes.length, c.classes.length).total).toBe(0);
    // Every row adds up to the "from" side's count of that class.
    c.fromCounts.forEach((n, i) => expect(c.matrix.counts[i].reduce((s, x) => s + x, 0)).toBe(n));
  });

  it('the same side twice: everybody stays', () => {
    for (const lens of ['eight', 'segments', 'pyramid', 'valuePotential', 'currentFuture', 'lifecycle'] as const) {
      const c = compare(table, now, now, lens)!;
      expect(c.stayed, lens).toBe(7);
      expect(c.changed + c.entered + c.left, lens).toBe(0);
    }
  });

  it('a customer table has no potential column: the value x potential lens is unavailable', () => {
    const t: CustomerTable = {
      shape: 'customers',
      customerIds: ['x', 'y', 'z'],
      recency: Float64Array.from([5, 50, 500]),
      frequency: Float64Array.from([9, 3, 1]),
      monetary: Float64Array.from([900, 300, 10]),
    };
    expect(compare(t, side(null), side(null), 'valuePotential')).toBeNull();
    expect(labelSide(sideMetrics(t, side(null)), defaultLensSettings(5), 'currentFuture')).toBeNull();
    const custom = defaultLensSettings(5);
    custom.thresholds.monetary = { method: 'custom', value: 100 };
    const a = labelSide(sideMetrics(t, side(null)), defaultLensSettings(5), 'eight')!;
    const b = labelSide(sideMetrics(t, side(null)), custom, 'eight')!;
    // Means: R 185, F 13/3, M 403.3; y (R 50, F 3, M 300) is HLL by the mean, HLH against 100.
    expect(compareLabellings('eight', a, b, 3).matrix.counts[5][1]).toBe(1);
    expect(compareLabellings('eight', a, b, 3).changed).toBe(1);
  });
});

describe('monthsEarlier', () => {
  it.each([
    ['2024-07-01', 3, '2024-04-01'],
    ['2024-05-31', 3, '2024-02-29'],
    ['2024-02-15', 3, '2023-11-15'],
    ['2024-01-31', 12, '2023-01-31'],
  ])('%s minus %i months is %s', (from, months, expected) => {
    expect(monthsEarlier(isoToDay(from)!, months)).toBe(isoToDay(expected)!);
  });
});
