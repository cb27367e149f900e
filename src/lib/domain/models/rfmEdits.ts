/**
 * Pure edits of the RFM settings: an edge moved between its neighbours, and the segment rule
 * table (reorder, bounds, add, delete, clamp to a new number of scores). Each returns a new
 * array; the input is never changed. Kept apart from ./rfmLayout.ts, whose d3 scales the
 * first page does not need: the settings ops (./settings.ts) use these at start-up.
 */
import type { ScoreRange, SegmentRule } from './segments';

/** Edge `i` moved to `value`, kept between its neighbours so the order (and which handle is which) holds. */
export function moveEdge(edges: readonly number[], i: number, value: number): number[] {
  const next = [...edges];
  const lo = i > 0 ? edges[i - 1] : -Infinity;
  const hi = i < edges.length - 1 ? edges[i + 1] : Infinity;
  next[i] = Math.min(hi, Math.max(lo, value));
  return next;
}

export type RuleDim = 'R' | 'F' | 'M';

const cloneRule = (rule: SegmentRule): SegmentRule => ({
  key: rule.key,
  ...(rule.label !== undefined ? { label: rule.label } : {}),
  R: { ...rule.R },
  F: { ...rule.F },
  M: { ...rule.M },
});

export function cloneRules(rules: readonly SegmentRule[]): SegmentRule[] {
  return rules.map(cloneRule);
}

export function moveRule(rules: readonly SegmentRule[], i: number, by: -1 | 1): SegmentRule[] {
  const next = cloneRules(rules);
  const j = i + by;
  if (j < 0 || j >= next.length) return next;
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** Set one end of a range, clamped to 1..k; the other end follows so min <= max. */
export function setRuleBound(rules: readonly SegmentRule[], i: number, dim: RuleDim, end: 'min' | 'max', value: number, k: number): SegmentRule[] {
  const next = cloneRules(rules);
  const v = Math.min(k, Math.max(1, Math.round(value)));
  const range = next[i][dim];
  range[end] = v;
  if (range.min > range.max) {
    if (end === 'min') range.max = v;
    else range.min = v;
  }
  return next;
}

export function addRule(rules: readonly SegmentRule[], name: string, k: number): SegmentRule[] {
  const used = new Set(rules.map((r) => r.key));
  let n = 1;
  while (used.has(`user${n}`)) n++;
  const full = (): ScoreRange => ({ min: 1, max: k });
  return [...cloneRules(rules), { key: `user${n}`, label: name.trim(), R: full(), F: full(), M: full() }];
}

export function deleteRule(rules: readonly SegmentRule[], i: number): SegmentRule[] {
  return cloneRules(rules).filter((_, j) => j !== i);
}

/** Rules kept usable after the number of scores changes: every bound clamped to 1..k. */
export function clampRules(rules: readonly SegmentRule[], k: number): SegmentRule[] {
  const c = (range: ScoreRange): ScoreRange => {
    const min = Math.min(k, Math.max(1, range.min));
    return { min, max: Math.max(min, Math.min(k, range.max)) };
  };
  return rules.map((rule) => ({ ...cloneRule(rule), R: c(rule.R), F: c(rule.F), M: c(rule.M) }));
}
