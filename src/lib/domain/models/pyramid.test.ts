import { describe, expect, it } from 'vitest';
import { sortedCopy } from './quantile';
import { defaultPyramidSetting, paretoCurve, smallestShareForRevenue, valuePyramid } from './pyramid';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100]; // 145 in all

describe('value pyramid', () => {
  it('cuts at the 0.8 and 0.5 quantiles by default, >= boundary goes up', () => {
    const r = valuePyramid(values, defaultPyramidSetting('three'));
    expect(r.boundaries).toEqual([8.2, 5.5]);
    expect(r.tiers.map((t) => [t.tier, t.customers])).toEqual([['high', 2], ['medium', 3], ['low', 5]]);
    expect(r.tiers[0].revenueShare).toBeCloseTo(109 / 145, 12);
    expect(r.tiers[2].minValue).toBeNull();
  });

  it('takes boundaries as amounts, including a value equal to a boundary', () => {
    const r = valuePyramid(values, { tiers: 'three', mode: 'amount', cuts: [9, 5] });
    expect(r.tiers.map((t) => t.customers)).toEqual([2, 4, 4]);
  });

  it('four tiers: platinum to lead', () => {
    const r = valuePyramid(values, defaultPyramidSetting('four'));
    expect(r.tiers.map((t) => t.tier)).toEqual(['platinum', 'gold', 'iron', 'lead']);
    expect(r.tiers.reduce((a, t) => a + t.customers, 0)).toBe(10);
  });

  it('Pareto curve and the smallest share for a revenue target', () => {
    const sorted = sortedCopy(values);
    const curve = paretoCurve(sorted, 10);
    expect(curve[1]).toEqual({ customerShare: 0.1, revenueShare: 100 / 145 });
    expect(curve[10].revenueShare).toBeCloseTo(1, 12);
    expect(smallestShareForRevenue(sorted, 0.5)).toBe(0.1);
    expect(smallestShareForRevenue(sorted, 0.8)).toBe(0.3);
  });
});
