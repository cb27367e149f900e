import { describe, expect, it } from 'vitest';
import { sortedCopy, quantileOfSorted } from './quantile';
import { defaultPyramidSetting, valuePyramid } from './pyramid';
import {
  boundaryPercentiles,
  convertMode,
  cutsWithBoundaryAt,
  percentileOfAmount,
  pyramidBands,
  pyramidFrame,
  paretoFrame,
  revenueShareOfTop,
  settingForTiers,
  shareAtOrAbove,
  spreadLabels,
} from './pyramidLayout';

const sorted = sortedCopy([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);

describe('pyramid layout', () => {
  it('percentileOfAmount inverts the numpy-linear quantile', () => {
    for (const p of [0, 0.13, 0.5, 0.8, 0.95, 1]) {
      expect(percentileOfAmount(sorted, quantileOfSorted(sorted, p))).toBeCloseTo(p, 12);
    }
    const ties = sortedCopy([1, 1, 1, 5]);
    expect(percentileOfAmount(ties, 1)).toBe(0);
    expect(percentileOfAmount(ties, 3)).toBeCloseTo(5 / 6, 12);
  });

  it('shareAtOrAbove counts customers at or above an amount', () => {
    expect(shareAtOrAbove(sorted, 8.2)).toBe(0.2);
    expect(shareAtOrAbove(sorted, 9)).toBe(0.2);
    expect(shareAtOrAbove(sorted, 0)).toBe(1);
  });

  it('revenue share of the top customers', () => {
    expect(revenueShareOfTop(sorted, 0.2)).toBeCloseTo(109 / 145, 12);
    expect(revenueShareOfTop(new Float64Array(0), 0.2)).toBe(0);
  });

  it('moves one boundary, refusing to break the order', () => {
    const s = defaultPyramidSetting('three');
    expect(cutsWithBoundaryAt(s, sorted, 0, 0.7)).toEqual([0.7, 0.5]);
    expect(cutsWithBoundaryAt(s, sorted, 0, 0.5)).toBeNull();
    const amounts = convertMode(s, sorted, 'amount');
    expect(amounts.cuts).toEqual([8.2, 5.5]);
    expect(cutsWithBoundaryAt(amounts, sorted, 1, 0.3)).toEqual([8.2, 3.7]); // rounded to the cent;
    expect(cutsWithBoundaryAt(amounts, sorted, 1, 0.9)).toBeNull();
  });

  it('converts between modes and keeps the tiers', () => {
    const s = settingForTiers('four', 'amount', sorted);
    expect(s.cuts.length).toBe(3);
    const back = convertMode(s, sorted, 'percentile');
    expect(back.cuts.map((p) => Number(p.toFixed(2)))).toEqual([0.95, 0.8, 0.5]);
    const r1 = valuePyramid(sorted, s, sorted);
    const r2 = valuePyramid(sorted, back, sorted);
    expect(r1.tiers.map((t) => t.customers)).toEqual(r2.tiers.map((t) => t.customers));
    expect(boundaryPercentiles(back, sorted)).toEqual(back.cuts);
  });

  it('ties collapse amounts; conversion keeps them strictly ordered', () => {
    const ties = sortedCopy([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    const s = convertMode(defaultPyramidSetting('three'), ties, 'amount');
    expect(s.cuts[0]).toBeGreaterThan(s.cuts[1]);
  });

  it('bands stack by share; labels are spread apart', () => {
    expect(pyramidBands([0.2, 0.3, 0.5])).toEqual([
      { y0: 0, y1: 0.2 },
      { y0: 0.2, y1: 0.5 },
      { y0: 0.5, y1: 1 },
    ]);
    const ys = spreadLabels([10, 12, 100], 20, 0, 200);
    expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(20);
    expect(spreadLabels([190, 195], 20, 0, 200)).toEqual([180, 200]);
  });
});

describe('pyramidFrame and paretoFrame', () => {
  it.each([
    // width, tiers -> stacked, label column's left, height
    [560, 3, false, 352, 430], // the design
    [440, 3, false, 12 + 99 + 99 + 20, 430], // base 198: the pyramid narrows, labels beside it
    [340, 3, true, 4, 24 + 257 + 16 + 3 * 70], // base 245, 257 tall; three 70-unit label rows under it
    [340, 4, true, 4, 24 + 257 + 16 + 4 * 70],
  ])('%d units, %d tiers', (width, tiers, stacked, labelX, height) => {
    const f = pyramidFrame(width, tiers);
    expect([f.stacked, f.labelX, f.height]).toEqual([stacked, labelX, height]);
    // The pyramid and its handles' ends stay inside the box.
    expect(f.cx - f.base / 2 - 8).toBeGreaterThanOrEqual(0);
    expect(f.cx + f.base / 2 + 8).toBeLessThanOrEqual(width);
    if (!f.stacked) expect(width - f.labelX).toBeGreaterThanOrEqual(190);
    else expect(f.rowsTop).toBeGreaterThan(f.bottom);
  });
  it('the Pareto chart keeps its design, or is about as tall as wide on a phone', () => {
    expect([paretoFrame(440).height, paretoFrame(340).height, paretoFrame(280).height]).toEqual([430, 323, 300]);
  });
});
