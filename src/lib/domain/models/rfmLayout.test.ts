import { describe, expect, it } from 'vitest';
import {
  histogramFrame,
  eightCell,
  histogramLayout,
  rfCube,
  scoreBands,
  scoreCutValue,
} from './rfmLayout';
import { sortedCopy } from './quantile';
import { scoreOf } from './scores';
import { EIGHT_CLASS_KEYS } from './eightClasses';

describe('histogramLayout', () => {
  it('gives whole numbers with a small range one bar per value', () => {
    const h = histogramLayout(sortedCopy([1, 1, 2, 3, 3, 3, 7]));
    expect(h.integer).toBe(true);
    expect(h.lo).toBe(0.5);
    expect(h.hi).toBe(7.5);
    expect(h.bins.map((b) => b.count)).toEqual([2, 1, 3, 0, 0, 0, 1]);
    expect(h.step).toBe(1);
    expect(h.maxCount).toBe(3);
    expect(h.overflowFrom).toBe(7);
  });

  it('counts every value exactly once', () => {
    const values = Array.from({ length: 1000 }, (_, i) => Math.round(Math.exp((i % 97) / 10) * 100) / 100);
    const h = histogramLayout(sortedCopy(values));
    expect(h.bins.reduce((s, b) => s + b.count, 0) + h.overflow).toBe(1000);
    expect(h.clipped).toBe(false);
  });

  it('clips a long tail into an overflow bar', () => {
    const values = [...Array.from({ length: 990 }, (_, i) => i % 100), ...Array.from({ length: 10 }, () => 100000)];
    const h = histogramLayout(sortedCopy(values.map((v) => v + 0.5)), { clipQuantile: 0.98 });
    expect(h.clipped).toBe(true);
    expect(h.overflow).toBe(10);
    expect(h.overflowFrom).toBe(h.hi);
    expect(h.hi).toBeLessThan(1000);
    expect(h.bins.reduce((s, b) => s + b.count, 0) + h.overflow).toBe(1000);
  });

  it('copes with no data and with a single value', () => {
    expect(histogramLayout(new Float64Array(0)).bins).toEqual([]);
    const one = histogramLayout(sortedCopy([0, 0]));
    expect(one.bins.reduce((s, b) => s + b.count, 0)).toBe(2);
  });
});

describe('score bands and cuts', () => {
  const edges = [10, 20, 30, 40];

  it('bands agree with the scoring rule', () => {
    for (const dim of ['recency', 'frequency', 'monetary'] as const) {
      const bands = scoreBands(dim, edges);
      for (const v of [1, 10, 10.5, 20, 25, 40, 41, 99]) {
        const band = bands.find((b) => (b.lo === null || v > b.lo) && (b.hi === null || v <= b.hi))!;
        expect(band.score, `${dim} ${v}`).toBe(scoreOf(dim, v, edges));
      }
    }
  });

  it('a score cut is the raw amount where High begins', () => {
    // F/M: score >= s  <=>  value > e[s-2]
    expect(scoreCutValue('frequency', 3, edges)).toBe(20);
    expect(scoreOf('frequency', 20, edges)).toBe(2);
    expect(scoreOf('frequency', 20.01, edges)).toBe(3);
    // R: score >= s  <=>  days <= e[k-s]
    expect(scoreCutValue('recency', 4, edges)).toBe(20);
    expect(scoreOf('recency', 20, edges)).toBe(4);
    expect(scoreOf('recency', 21, edges)).toBe(3);
    expect(scoreCutValue('recency', 1, edges)).toBeNull();
    expect(scoreCutValue('monetary', 6, edges)).toBeNull();
  });
});

describe('positions', () => {
  it('places the eight classes in two 2x2 blocks', () => {
    const at = Object.fromEntries(EIGHT_CLASS_KEYS.map((key, code) => [key, eightCell(code)]));
    expect(at.HHH).toEqual({ block: 0, col: 0, row: 0 });
    expect(at.LLH).toEqual({ block: 0, col: 1, row: 1 });
    expect(at.HLL).toEqual({ block: 1, col: 0, row: 1 });
    expect(at.LHL).toEqual({ block: 1, col: 1, row: 0 });
  });
});

describe('rfCube', () => {
  it('counts R x F cells and their most common M', () => {
    const R = [1, 1, 1, 3, 3];
    const F = [2, 2, 2, 3, 3];
    const M = [1, 3, 3, 2, 1];
    const cube = rfCube(R, F, M, 3);
    expect(cube.counts[(1 - 1) * 3 + (2 - 1)]).toBe(3);
    expect(cube.modeM[(1 - 1) * 3 + (2 - 1)]).toBe(3);
    // tie between M 1 and M 2: the higher score
    expect(cube.modeM[(3 - 1) * 3 + (3 - 1)]).toBe(2);
    expect(cube.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(cube.modeM[0]).toBe(0);
    expect(cube.maxCount).toBe(3);
  });
});

describe('histogramFrame', () => {
  it.each([
    // width -> left margin, x ticks
    [640, 58, 6], // the design
    [340, 58, 3], // a phone: 230 units of plot, a tick per 64 px at most
    [280, 58, 2],
  ])('%d units wide', (width, left, xTicks) => {
    const f = histogramFrame(width);
    expect([f.width, f.margin.left, f.xTicks]).toEqual([width, left, xTicks]);
  });
});
