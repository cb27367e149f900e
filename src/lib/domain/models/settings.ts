/**
 * The only ways lens settings change. Every control, handle, lesson and scenario goes
 * through these pure functions, so a setting written from the Data page and the same
 * setting written from the RFM view keep the other settings consistent in the same way.
 *
 * Settings are immutable: each function returns the same object when nothing changes and
 * otherwise a new one that shares every part it did not touch. The workspace derives each
 * lens from its own part, so sharing is what keeps a threshold drag from redoing scores.
 */
import { MAX_HORIZON_WEEKS } from '../future/limits';
import type { LensSettings } from './analysis';
import type { ThresholdMethod, ThresholdSetting } from './eightClasses';
import type { LifecycleSetting } from './lifecycle';
import type { PyramidSetting } from './pyramid';
import type { AxisThreshold } from './quadrants';
import { clampRules, moveEdge } from './rfmEdits';
import { defaultScoreCut } from './scoreCut';
import type { Dimension } from './scores';
import { DIMENSIONS } from './scores';
import type { SegmentRule } from './segments';

/** The score bin counts the course uses (COURSE.md: k = 3, 4 or 5). */
export const BIN_CHOICES = [3, 4, 5] as const;

/** A lifecycle line beyond a hundred years is a typo, not a rule. */
export const MAX_LIFECYCLE_DAYS = 36500;

export type QuadrantLens = 'valuePotential' | 'currentFuture';
export type QuadrantSetting = { x: AxisThreshold; y: AxisThreshold };
export type LifecycleDays = keyof LifecycleSetting;

const clampInt = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

function withThresholdOf(s: LensSettings, dim: Dimension, next: ThresholdSetting): LensSettings {
  const old = s.thresholds[dim];
  if (old.method === next.method && old.value === next.value) return s;
  return { ...s, thresholds: { ...s.thresholds, [dim]: next } };
}

/**
 * Change k. Dragged edges are k − 1 long and mean nothing for another k, so they go; edited
 * segment rules and score cuts are clamped to 1..k so "M ≥ 5" becomes "M ≥ 3" at k = 3
 * instead of a cut nobody can reach.
 */
export function withBins(s: LensSettings, k: number): LensSettings {
  if (!(BIN_CHOICES as readonly number[]).includes(k) || s.bins === k) return s;
  let thresholds = s.thresholds;
  for (const d of DIMENSIONS) {
    const t = thresholds[d];
    if (t.method === 'score' && t.value !== undefined && t.value > k) thresholds = { ...thresholds, [d]: { method: 'score', value: k } };
  }
  return {
    ...s,
    bins: k,
    customEdges: {},
    thresholds,
    segmentRules: s.segmentRules ? clampRules(s.segmentRules, k) : null,
  };
}

/** Move score edge `i` of `dim` to `value`; `current` is the edges drawn now (quantile or dragged). */
export function withEdge(s: LensSettings, dim: Dimension, current: readonly number[], i: number, value: number): LensSettings {
  if (!Number.isFinite(value) || current.length !== s.bins - 1 || i < 0 || i >= current.length) return s;
  return { ...s, customEdges: { ...s.customEdges, [dim]: moveEdge(current, i, value) } };
}

/** Back to the quantile edges for `dim`. */
export function withQuantileEdges(s: LensSettings, dim: Dimension): LensSettings {
  if (!(dim in s.customEdges)) return s;
  const customEdges = { ...s.customEdges };
  delete customEdges[dim];
  return { ...s, customEdges };
}

/** A typed or dragged raw amount; anything not finite is ignored. */
export function withCustomThreshold(s: LensSettings, dim: Dimension, value: number): LensSettings {
  return Number.isFinite(value) ? withThresholdOf(s, dim, { method: 'custom', value }) : s;
}

/** "High when score ≥ cut", the cut kept within 1..k. */
export function withScoreCut(s: LensSettings, dim: Dimension, cut: number): LensSettings {
  return Number.isFinite(cut) ? withThresholdOf(s, dim, { method: 'score', value: clampInt(cut, 1, s.bins) }) : s;
}

/**
 * Switch a dimension's method. `current` (the amount drawn now) seeds a custom amount so
 * the line does not jump; a score cut keeps its old cut or starts at the middle score.
 */
export function withThresholdMethod(s: LensSettings, dim: Dimension, method: ThresholdMethod, current: number): LensSettings {
  const old = s.thresholds[dim];
  switch (method) {
    case 'score':
      return withScoreCut(s, dim, old.method === 'score' && old.value !== undefined ? old.value : defaultScoreCut(s.bins));
    case 'custom':
      return withCustomThreshold(s, dim, current);
    default:
      return withThresholdOf(s, dim, { method });
  }
}

/** Edited segment rules (clamped to 1..k), or null for the course's default rules. */
export function withSegmentRules(s: LensSettings, rules: readonly SegmentRule[] | null): LensSettings {
  const bounds = (r: SegmentRule) => [r.R.min, r.R.max, r.F.min, r.F.max, r.M.min, r.M.max];
  if (rules?.some((r) => bounds(r).some((b) => !Number.isFinite(b)))) return s;
  return { ...s, segmentRules: rules ? clampRules(rules, s.bins) : null };
}

export function withPyramid(s: LensSettings, pyramid: PyramidSetting): LensSettings {
  if (pyramid.cuts.some((c) => !Number.isFinite(c))) return s;
  // An amount boundary below zero puts nobody in a new tier; keep cuts where values live.
  if (pyramid.mode === 'amount' && pyramid.cuts.some((c) => c < 0)) return { ...s, pyramid: { ...pyramid, cuts: pyramid.cuts.map((c) => Math.max(0, c)) } };
  return { ...s, pyramid };
}

export function withQuadrant(s: LensSettings, lens: QuadrantLens, setting: QuadrantSetting): LensSettings {
  const bad = (a: AxisThreshold) => a.method === 'custom' && !Number.isFinite(a.value);
  if (bad(setting.x) || bad(setting.y)) return s;
  return { ...s, [lens]: setting };
}

/** A lifecycle line in whole days, never negative. */
export function withLifecycleDays(s: LensSettings, key: LifecycleDays, days: number): LensSettings {
  if (!Number.isFinite(days) || days < 0) return s;
  const value = Math.min(MAX_LIFECYCLE_DAYS, Math.round(days));
  if (s.lifecycle[key] === value) return s;
  return { ...s, lifecycle: { ...s.lifecycle, [key]: value } };
}

/** How far past the last transaction an analysis date may go (ten years): beyond it R means nothing. */
export const MAX_DAYS_AFTER_DATA = 3653;

/**
 * A new analysis day for data spanning `minDay..maxDay`: null means the default (the day
 * after the last transaction). A day is kept within [minDay + 1, maxDay + 1 + ten years]
 * (before minDay + 1 no customer has bought yet); anything not a whole day is ignored.
 */
export function nextAnalysisDay(current: number | null, next: number | null, range: { minDay: number; maxDay: number }): number | null {
  if (next === null) return null;
  if (!Number.isInteger(next)) return current;
  return Math.min(range.maxDay + 1 + MAX_DAYS_AFTER_DATA, Math.max(range.minDay + 1, next));
}

/**
 * The future-value model's settings (issue 11). Not a lens setting: no lens, snapshot,
 * scenario or lesson start reads them, so they sit beside the lens settings in the workspace
 * (one undo step each, like the analysis date).
 *   holdoutWeeks: the calibration ends this many weeks before the analysis date (0: no holdout);
 *   horizonWeeks: how far ahead expected transactions and future value look;
 *   annualDiscountRate: 0.1 = 10 % a year; 0 = undiscounted.
 */
export interface FutureSetting {
  holdoutWeeks: number;
  horizonWeeks: number;
  annualDiscountRate: number;
}

/** The model's own limit for a horizon, and for a holdout too (ten years). */
export const MAX_FUTURE_WEEKS = MAX_HORIZON_WEEKS;
/** Discount rates from 0 up to (not including) 100 % a year. */
export const MAX_DISCOUNT_RATE = 0.99;

export const DEFAULT_FUTURE_SETTING: FutureSetting = { holdoutWeeks: 0, horizonWeeks: 52, annualDiscountRate: 0 };

export type FutureWeeks = 'holdoutWeeks' | 'horizonWeeks';

/** Holdout or horizon in whole weeks (horizon at least one); anything not a number is ignored. */
export function withFutureWeeks(s: FutureSetting, key: FutureWeeks, weeks: number): FutureSetting {
  if (!Number.isFinite(weeks)) return s;
  const value = clampInt(weeks, key === 'horizonWeeks' ? 1 : 0, MAX_FUTURE_WEEKS);
  return s[key] === value ? s : { ...s, [key]: value };
}

/** A yearly discount rate as a fraction (0.1 = 10 %), kept within [0, 0.99]. */
export function withDiscountRate(s: FutureSetting, rate: number): FutureSetting {
  if (!Number.isFinite(rate)) return s;
  const value = Math.min(MAX_DISCOUNT_RATE, Math.max(0, rate));
  return s.annualDiscountRate === value ? s : { ...s, annualDiscountRate: value };
}

/** The model's settings back at the course defaults (a view's reset); `s` itself when it already is, so no undo step is made. */
export function withDefaultFuture(s: FutureSetting): FutureSetting {
  const d = DEFAULT_FUTURE_SETTING;
  const same = s.holdoutWeeks === d.holdoutWeeks && s.horizonWeeks === d.horizonWeeks && s.annualDiscountRate === d.annualDiscountRate;
  return same ? s : { ...d };
}

/**
 * The model's calibration end for an analysis day (the first day not counted) and a holdout:
 * the last counted day minus the holdout. Null without an analysis day (a customer table).
 */
export function calibrationEndFor(analysisDay: number | null, holdoutWeeks: number): number | null {
  return analysisDay === null ? null : analysisDay - 1 - holdoutWeeks * 7;
}
