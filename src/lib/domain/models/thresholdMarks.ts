/**
 * Where the eight-class threshold and the score edges sit on a dimension's axis, and which
 * scores lie either side of them. Recency is the reversed dimension (fewer days is better,
 * so the left of its axis has the HIGH scores); this is the one place that knows it for
 * the histogram, so the view only draws.
 */
import type { ThresholdSetting } from './eightClasses';
import { scoreCutValue } from './rfmLayout';
import { scoreCutOf } from './scoreCut';
import type { Dimension } from './scores';

/**
 * The scores on the left (smaller values) and right of edge `i` (0-based) of `edgeCount`
 * edges. F and M: i+1 | i+2. R: k-i | k-i-1 with k = edgeCount + 1.
 */
export function edgeScores(dim: Dimension, i: number, edgeCount: number): { below: number; above: number } {
  return dim === 'recency' ? { below: edgeCount + 1 - i, above: edgeCount - i } : { below: i + 1, above: i + 2 };
}

/**
 * The amount the High/Low threshold is drawn at on an axis from `lo` to `hi`: the resolved
 * amount for mean, median or custom; for a score cut (its default for k when unset) the
 * edge it falls on. A cut of 1 takes everyone, so the line sits at the Low end of the
 * axis: the most days for R (hi), the least for F and M (lo).
 */
export function thresholdPosition(
  dim: Dimension,
  setting: ThresholdSetting,
  resolved: number | null,
  edges: readonly number[],
  k: number,
  lo: number,
  hi: number,
): number {
  if (setting.method === 'score') {
    const v = scoreCutValue(dim, scoreCutOf(setting, k), edges);
    if (v !== null) return v;
    return dim === 'recency' ? hi : lo;
  }
  return resolved ?? lo;
}

/** The amount a score cut stands for (the edge it falls on), or null when the cut takes everyone. */
export function scoreCutAmount(dim: Dimension, setting: ThresholdSetting, edges: readonly number[], k: number): number | null {
  return scoreCutValue(dim, scoreCutOf(setting, k), edges);
}
