/**
 * Pure layout helpers of the RFM view: histogram bins from the sorted columns, the score
 * ranges between edges, score cuts as raw amounts, the R x F x M count cube and the
 * histogram's frame. Nothing here touches the DOM or the workspace, so every piece is tested
 * on its own. The edits of edges and rules are in ./rfmEdits.ts (the settings ops need them on
 * the first page; this file's d3 scales are for the RFM view only).
 */
import { bisectLeft, bisectRight, tickStep } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { tickBudget } from './chartFrame';
import { quantileOfSorted } from './quantile';
import type { Dimension } from './scores';

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export interface HistogramLayout {
  bins: HistogramBin[];
  /** Axis domain; values above `hi` are in the overflow bar when clipped. */
  lo: number;
  hi: number;
  /** Customers with a value above `hi` (0 when not clipped). */
  overflow: number;
  /** The largest value drawn as a bar: the overflow bar holds values above it. */
  overflowFrom: number;
  /** Whether the tail was clipped at a quantile. */
  clipped: boolean;
  /** Every value is a whole number (days, purchases). */
  integer: boolean;
  /** Step for dragging and arrow keys, in data units. */
  step: number;
  maxCount: number;
  n: number;
}

export interface HistogramOptions {
  /** Clip the long tail at this quantile (e.g. 0.99) and count the rest in an overflow bar. */
  clipQuantile?: number | null;
  /** About how many bars. */
  targetBins?: number;
  /** Whole-number data with at most this range gets one bar per value. */
  maxUnitBins?: number;
}

export function isIntegerValued(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isInteger(values[i])) return false;
  return true;
}

/**
 * Bars of a sorted column, counted by binary search: O(bins log n), so it costs nothing
 * next to the sort it reuses. Whole numbers with a small range get one bar per value,
 * centred on it, so a dragged edge at x.5 visibly splits two values.
 */
export function histogramLayout(sorted: Float64Array, options: HistogramOptions = {}): HistogramLayout {
  const n = sorted.length;
  const targetBins = options.targetBins ?? 40;
  const maxUnitBins = options.maxUnitBins ?? 60;
  if (n === 0) return { bins: [], lo: 0, hi: 1, overflow: 0, overflowFrom: 1, clipped: false, integer: false, step: 1, maxCount: 0, n };
  const integer = isIntegerValued(sorted);
  const min = sorted[0];
  const max = sorted[n - 1];
  let top = max;
  let clipped = false;
  if (options.clipQuantile != null) {
    const q = quantileOfSorted(sorted, options.clipQuantile);
    const qTop = integer ? Math.ceil(q) : q;
    if (qTop < max) {
      top = qTop;
      clipped = true;
    }
  }
  let thresholds: number[];
  let lo: number;
  let hi: number;
  let step: number;
  if (integer && top - min <= maxUnitBins) {
    lo = min - 0.5;
    hi = top + 0.5;
    thresholds = [];
    for (let v = lo; v <= hi + 1e-9; v += 1) thresholds.push(v);
    step = 1;
  } else {
    const scale = scaleLinear()
      .domain([Math.min(0, min), top === Math.min(0, min) ? top + 1 : top])
      .nice(targetBins);
    [lo, hi] = scale.domain();
    thresholds = scale.ticks(targetBins);
    if (thresholds[0] > lo) thresholds.unshift(lo);
    if (thresholds[thresholds.length - 1] < hi) thresholds.push(hi);
    const fine = tickStep(lo, hi, 400);
    step = integer ? Math.max(1, Math.round(fine)) : fine;
  }
  const bins: HistogramBin[] = [];
  let maxCount = 0;
  for (let i = 0; i + 1 < thresholds.length; i++) {
    const x0 = thresholds[i];
    const x1 = thresholds[i + 1];
    const last = i + 2 === thresholds.length;
    // [x0, x1); the last bar also takes values equal to its right end.
    const from = bisectLeft(sorted, x0);
    const to = last ? bisectRight(sorted, x1) : bisectLeft(sorted, x1);
    const count = to - from;
    bins.push({ x0, x1, count });
    if (count > maxCount) maxCount = count;
  }
  // Values below the first bar can only exist by float noise; count them in it.
  const below = bisectLeft(sorted, thresholds[0]);
  if (below > 0 && bins.length) bins[0].count += below;
  const overflow = clipped ? n - bisectRight(sorted, thresholds[thresholds.length - 1]) : 0;
  maxCount = Math.max(maxCount, overflow, bins[0]?.count ?? 0);
  const overflowFrom = integer && step === 1 && lo === min - 0.5 ? hi - 0.5 : hi;
  return { bins, lo, hi, overflow, overflowFrom, clipped, integer, step, maxCount, n };
}

/** Range of raw values with score `score`: lo < value <= hi (null = unbounded). */
export interface ScoreBand {
  score: number;
  lo: number | null;
  hi: number | null;
}

/**
 * The score of each stretch between edges. F and M: score s covers (e[s-2], e[s-1]].
 * R counts down, so the lowest days (most recent) are score k.
 */
export function scoreBands(dimension: Dimension, edges: readonly number[]): ScoreBand[] {
  const k = edges.length + 1;
  const bands: ScoreBand[] = [];
  for (let i = 0; i < k; i++) {
    const lo = i === 0 ? null : edges[i - 1];
    const hi = i === k - 1 ? null : edges[i];
    bands.push({ score: dimension === 'recency' ? k - i : i + 1, lo, hi });
  }
  return bands;
}

/**
 * A score cut "score >= s" as the raw amount where it falls, for drawing it on the
 * histogram: F/M High means value > e[s-2]; R High means days <= e[k-s]. null when the
 * cut takes everyone (s <= 1) or nobody (s > k).
 */
export function scoreCutValue(dimension: Dimension, s: number, edges: readonly number[]): number | null {
  const k = edges.length + 1;
  if (s <= 1 || s > k) return null;
  return dimension === 'recency' ? edges[k - s] : edges[s - 2];
}

/** Where each of the eight classes sits: block 0 = M high; column 0 = R high; row 0 = F high. */
export function eightCell(code: number): { block: number; col: number; row: number } {
  return { block: code >= 4 ? 1 : 0, col: (code >> 1) & 1, row: code & 1 };
}

export interface RfCube {
  k: number;
  /** counts[(r - 1) * k + (f - 1)]: customers with R score r and F score f. */
  counts: number[];
  /** The most common M score in each R x F cell (ties: the higher score), 0 when empty. */
  modeM: number[];
  maxCount: number;
}

/** One pass over the scores: customers per R x F x M score triple. */
export function rfCube(R: ArrayLike<number>, F: ArrayLike<number>, M: ArrayLike<number>, k: number): RfCube {
  const cube = new Int32Array(k * k * k);
  for (let i = 0; i < R.length; i++) cube[((R[i] - 1) * k + (F[i] - 1)) * k + (M[i] - 1)]++;
  const counts: number[] = [];
  const modeM: number[] = [];
  let maxCount = 0;
  for (let r = 0; r < k; r++)
    for (let f = 0; f < k; f++) {
      let total = 0;
      let best = 0;
      let bestCount = 0;
      for (let m = 0; m < k; m++) {
        const c = cube[(r * k + f) * k + m];
        total += c;
        if (c > 0 && c >= bestCount) {
          bestCount = c;
          best = m + 1;
        }
      }
      counts.push(total);
      modeM.push(best);
      if (total > maxCount) maxCount = total;
    }
  return { k, counts, modeM, maxCount };
}

export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface HistogramFrame {
  width: number;
  height: number;
  margin: ChartMargin;
  /** The overflow bar beside the plot, and the gap before it. */
  overflowWidth: number;
  overflowGap: number;
  /** About how many ticks on each axis. */
  xTicks: number;
  yTicks: number;
}

/**
 * A histogram laid out `width` units wide (see chartFrame.layoutWidth): the 640-unit design,
 * or on a phone its box's width with a tick per 64 px at most, so
 * 12 px labels (money such as "12,000") never touch.
 */
export function histogramFrame(width: number): HistogramFrame {
  const design = width >= 640;
  const margin = design ? { top: 40, right: 14, bottom: 44, left: 58 } : { top: 40, right: 12, bottom: 44, left: 58 };
  const overflowWidth = 28;
  const overflowGap = 12;
  const plot = width - margin.left - margin.right - overflowWidth - overflowGap;
  return { width, height: 250, margin, overflowWidth, overflowGap, xTicks: design ? 6 : tickBudget(plot, 64, 6), yTicks: 4 };
}
