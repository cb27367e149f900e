/**
 * Geometry and boundary arithmetic for the Pyramid view. The pyramid's vertical axis is the
 * customers ranked best first (apex = best), so a boundary is a customer percentile there and
 * on the Pareto curve alike; these helpers translate between that percentile and the cuts
 * stored in PyramidSetting (percentiles or amounts, strictly descending).
 */
import { bisectLeft } from 'd3-array';
import { defaultPyramidSetting, type BoundaryMode, type PyramidSetting, type TierSet } from './pyramid';
import { compensatedSum, quantileOfSorted } from './quantile';

/**
 * Inverse of the numpy-linear quantile: the p with quantileOfSorted(sorted, p) === a. Where
 * many customers share the value (a flat stretch of the quantile function) the lowest such p.
 */
export function percentileOfAmount(sorted: Float64Array, a: number): number {
  const n = sorted.length;
  if (n < 2) return 0;
  if (a <= sorted[0]) return 0;
  if (a >= sorted[n - 1]) return 1;
  const i = bisectLeft(sorted, a);
  if (sorted[i] === a) return i / (n - 1);
  const below = i - 1;
  return (below + (a - sorted[below]) / (sorted[i] - sorted[below])) / (n - 1);
}

/** Share of customers whose value is >= a: who really sits above a boundary at a. */
export function shareAtOrAbove(sorted: Float64Array, a: number): number {
  const n = sorted.length;
  return n ? (n - bisectLeft(sorted, a)) / n : 0;
}

/** Share of revenue brought by the best `share` of customers (the "20" of 80/20). */
export function revenueShareOfTop(sorted: Float64Array, share: number): number {
  const n = sorted.length;
  const total = compensatedSum(sorted);
  if (n === 0 || total <= 0) return 0;
  const k = Math.round(share * n);
  return compensatedSum(sorted.subarray(n - k)) / total;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));
/** Amounts are written to the cent, percentiles to a tenth of a percentile point. */
export const roundAmount = (v: number) => round(v, 2);
export const roundPercentile = (p: number) => round(Math.min(1, Math.max(0, p)), 4);

function strictlyDescending(cuts: readonly number[]): boolean {
  for (let i = 1; i < cuts.length; i++) if (!(cuts[i] < cuts[i - 1])) return false;
  return true;
}

/** Each boundary's position as a customer percentile (0 = worst customer, 1 = best). */
export function boundaryPercentiles(setting: PyramidSetting, sorted: Float64Array): number[] {
  return setting.mode === 'percentile' ? [...setting.cuts] : setting.cuts.map((a) => percentileOfAmount(sorted, a));
}

/**
 * New cuts with boundary i moved to percentile p, or null when that would break the strict
 * order (in amount mode two percentiles can share one amount when customers tie).
 */
export function cutsWithBoundaryAt(setting: PyramidSetting, sorted: Float64Array, i: number, p: number): number[] | null {
  const next = [...setting.cuts];
  next[i] = setting.mode === 'percentile' ? roundPercentile(p) : roundAmount(quantileOfSorted(sorted, p));
  if (!Number.isFinite(next[i]) || !strictlyDescending(next)) return null;
  return next;
}

/** Force strictly descending order by nudging later cuts down by `gap` where they collide. */
function separate(cuts: number[], gap: number): number[] {
  for (let i = 1; i < cuts.length; i++) if (!(cuts[i] < cuts[i - 1])) cuts[i] = cuts[i - 1] - gap;
  return cuts;
}

/** The same boundaries expressed in the other mode (amounts at the percentiles, or back). */
export function convertMode(setting: PyramidSetting, sorted: Float64Array, mode: BoundaryMode): PyramidSetting {
  if (mode === setting.mode) return { ...setting, cuts: [...setting.cuts] };
  if (sorted.length === 0) return { ...defaultPyramidSetting(setting.tiers), mode };
  const cuts =
    mode === 'amount'
      ? separate(setting.cuts.map((p) => roundAmount(quantileOfSorted(sorted, p))), 0.01)
      : separate(setting.cuts.map((a) => roundPercentile(percentileOfAmount(sorted, a))), 0.0001);
  return { tiers: setting.tiers, mode, cuts };
}

/** Default boundaries for a tier set, kept in the current mode. */
export function settingForTiers(tiers: TierSet, mode: BoundaryMode, sorted: Float64Array): PyramidSetting {
  return convertMode(defaultPyramidSetting(tiers), sorted, mode);
}

export interface Band {
  /** Top and bottom of the band, 0 = apex, 1 = base. */
  y0: number;
  y1: number;
}

/** Bands whose heights are the tiers' shares of customers, top tier at the apex. */
export function pyramidBands(shares: readonly number[]): Band[] {
  let y = 0;
  return shares.map((s) => {
    const band = { y0: y, y1: Math.min(1, y + s) };
    y = band.y1;
    return band;
  });
}

/** Half the pyramid's width at depth y (0..1), as a share of the base: a cut-off apex. */
export function halfWidthAt(y: number, apex = 0.12): number {
  return (apex + (1 - apex) * y) / 2;
}

/** Push label centres apart to at least `gap`, staying within [lo, hi] when there is room. */
export function spreadLabels(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const out = [...ys];
  for (let i = 1; i < out.length; i++) if (out[i] < out[i - 1] + gap) out[i] = out[i - 1] + gap;
  if (out.length && out[out.length - 1] > hi) out[out.length - 1] = hi;
  for (let i = out.length - 2; i >= 0; i--) if (out[i] > out[i + 1] - gap) out[i] = out[i + 1] - gap;
  if (out.length && out[0] < lo) {
    out[0] = lo;
    for (let i = 1; i < out.length; i++) if (out[i] < out[i - 1] + gap) out[i] = out[i - 1] + gap;
  }
  return out;
}

export interface PyramidFrame {
  width: number;
  height: number;
  /** The pyramid: apex at `top`, base at `bottom`, centred on `cx`, `base` wide at the bottom. */
  top: number;
  bottom: number;
  cx: number;
  base: number;
  /** Tier labels: beside the pyramid (design), or stacked under it in rows (phone). */
  stacked: boolean;
  labelX: number;
  /** Stacked: the first row's top and each row's height. */
  rowsTop: number;
  rowHeight: number;
}

/**
 * The pyramid chart laid out `width` units wide for `tiers` tiers: the 560-unit design with
 * the labels beside the pyramid; from 400 units a narrower pyramid beside the same label
 * column; below that (a phone) the pyramid across the box with the labels in rows under it,
 * so a label line gets the whole width (about 40 characters at 340 px).
 */
export function pyramidFrame(width: number, tiers: number): PyramidFrame {
  if (width >= 560) return { width, height: 430, top: 24, bottom: 410, cx: 165, base: 280, stacked: false, labelX: 352, rowsTop: 0, rowHeight: 0 };
  // Room for the design's label column (about 210 units) beside a narrower pyramid.
  if (width >= 400) {
    const base = Math.round(width * 0.45);
    const cx = Math.round(base / 2) + 12;
    return { width, height: 430, top: 24, bottom: 410, cx, base, stacked: false, labelX: cx + Math.round(base / 2) + 20, rowsTop: 0, rowHeight: 0 };
  }
  const base = Math.round(width * 0.72);
  const bottom = 24 + Math.round(base * 1.05);
  const rowHeight = 70;
  return { width, height: bottom + 16 + tiers * rowHeight, top: 24, bottom, cx: Math.round(width / 2), base, stacked: true, labelX: 4, rowsTop: bottom + 16, rowHeight };
}

export interface ParetoFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The Pareto chart: the 440-unit design, or on a phone its box's width and about as tall. */
export function paretoFrame(width: number): ParetoFrame {
  // Room on the left for the tick labels and the rotated y title: a Chinese title's glyphs reach below its baseline, towards the ticks.
  const margin = { left: 64, right: 16, top: 30, bottom: 52 };
  if (width >= 440) return { width, height: 430, margin };
  return { width, height: Math.max(300, Math.round(width * 0.95)), margin };
}
