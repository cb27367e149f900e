import { quantileEdges, sortedCopy } from './quantile';

export type Dimension = 'recency' | 'frequency' | 'monetary';
export const DIMENSIONS: readonly Dimension[] = ['recency', 'frequency', 'monetary'];

/** Score 1..k with higher better; F and M: 1 + edges strictly below the value. */
export function scoreHigherBetter(value: number, edges: readonly number[]): number {
  let score = 1;
  for (let i = 0; i < edges.length; i++) if (value > edges[i]) score++;
  return score;
}

/** R: fewer days is better, so k - edges strictly below the days. */
export function scoreRecency(days: number, edges: readonly number[]): number {
  let score = edges.length + 1;
  for (let i = 0; i < edges.length; i++) if (days > edges[i]) score--;
  return score;
}

export function scoreOf(dimension: Dimension, value: number, edges: readonly number[]): number {
  return dimension === 'recency' ? scoreRecency(value, edges) : scoreHigherBetter(value, edges);
}

/** Default edges: quantiles of the customers' values at 1/k .. (k-1)/k (numpy linear). */
export function defaultEdges(values: ArrayLike<number>, k: number): number[] {
  return quantileEdges(sortedCopy(values), k);
}

export interface ScoreColumn {
  scores: Uint8Array;
  /** counts[s - 1] = customers with score s. */
  counts: number[];
  /** Scores (1..k) that no customer has. */
  emptyScores: number[];
}

export function scoreColumn(dimension: Dimension, values: ArrayLike<number>, edges: readonly number[]): ScoreColumn {
  const k = edges.length + 1;
  const scores = new Uint8Array(values.length);
  const counts = new Array<number>(k).fill(0);
  const recency = dimension === 'recency';
  for (let i = 0; i < values.length; i++) {
    const s = recency ? scoreRecency(values[i], edges) : scoreHigherBetter(values[i], edges);
    scores[i] = s;
    counts[s - 1]++;
  }
  const emptyScores: number[] = [];
  counts.forEach((c, i) => c === 0 && emptyScores.push(i + 1));
  return { scores, counts, emptyScores };
}
