/** Named segments: ordered rules over score ranges, first match wins, else Others. */
export interface ScoreRange {
  min: number;
  max: number;
}

export interface SegmentRule {
  /** Stable key (translated in the UI), or a user-given name for new rules. */
  key: string;
  label?: string;
  R: ScoreRange;
  F: ScoreRange;
  M: ScoreRange;
}

const r = (min: number, max: number = min): ScoreRange => ({ min, max });

/** COURSE.md's default table for k = 5 (after the R package rfm's vignette). */
export const DEFAULT_SEGMENT_RULES: readonly SegmentRule[] = [
  { key: 'champions', R: r(5), F: r(5), M: r(5) },
  { key: 'potentialLoyalist', R: r(3, 5), F: r(3, 5), M: r(2, 5) },
  { key: 'loyal', R: r(2, 4), F: r(2, 4), M: r(2, 4) },
  { key: 'promising', R: r(3, 4), F: r(1, 3), M: r(3, 5) },
  { key: 'newCustomers', R: r(4, 5), F: r(1, 3), M: r(1, 5) },
  { key: 'cantLose', R: r(1, 2), F: r(3, 4), M: r(4, 5) },
  { key: 'atRisk', R: r(1, 2), F: r(2, 5), M: r(4, 5) },
  { key: 'needAttention', R: r(1, 3), F: r(3, 5), M: r(3, 5) },
  { key: 'aboutToSleep', R: r(2, 3), F: r(1, 3), M: r(1, 4) },
  { key: 'lost', R: r(1), F: r(1, 5), M: r(1, 5) },
];

export const OTHERS_KEY = 'others';

/**
 * Default rules for any k: COURSE.md gives them for k = 5; for k = 3 or 4 each range is
 * rescaled proportionally (score s of 5 maps to ceil(s * k / 5)) so the table stays usable.
 * The UI says that this is the tool's choice.
 */
export function defaultSegmentRules(k: number): SegmentRule[] {
  if (k === 5) return DEFAULT_SEGMENT_RULES.map((rule) => structuredClone(rule));
  const scale = (s: number) => Math.max(1, Math.ceil((s * k) / 5));
  const rescale = (range: ScoreRange): ScoreRange => ({ min: scale(range.min), max: scale(range.max) });
  return DEFAULT_SEGMENT_RULES.map((rule) => ({ key: rule.key, R: rescale(rule.R), F: rescale(rule.F), M: rescale(rule.M) }));
}

const inRange = (s: number, range: ScoreRange) => s >= range.min && s <= range.max;

/** Index into `rules` of the first matching rule, or rules.length for Others. */
export function matchSegment(rules: readonly SegmentRule[], R: number, F: number, M: number): number {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (inRange(R, rule.R) && inRange(F, rule.F) && inRange(M, rule.M)) return i;
  }
  return rules.length;
}

export interface SegmentResult {
  /** Per customer: rule index, or rules.length for Others. */
  labels: Uint8Array;
  /** counts[i] for rule i; the last entry is Others. */
  counts: number[];
  revenue: number[];
}

export function classifySegments(
  rules: readonly SegmentRule[],
  scores: { R: ArrayLike<number>; F: ArrayLike<number>; M: ArrayLike<number> },
  monetary: ArrayLike<number>,
): SegmentResult {
  const n = scores.R.length;
  const k = Math.max(5, ...rules.flatMap((rule) => [rule.R.max, rule.F.max, rule.M.max]));
  // Rules are evaluated once per (R, F, M) score triple, not once per customer.
  const lookup = new Uint8Array((k + 1) ** 3);
  for (let R = 1; R <= k; R++)
    for (let F = 1; F <= k; F++)
      for (let M = 1; M <= k; M++) lookup[(R * (k + 1) + F) * (k + 1) + M] = matchSegment(rules, R, F, M);
  const labels = new Uint8Array(n);
  const counts = new Array<number>(rules.length + 1).fill(0);
  const revenue = new Array<number>(rules.length + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const label = lookup[(scores.R[i] * (k + 1) + scores.F[i]) * (k + 1) + scores.M[i]];
    labels[i] = label;
    counts[label]++;
    revenue[label] += monetary[i];
  }
  return { labels, counts, revenue };
}
