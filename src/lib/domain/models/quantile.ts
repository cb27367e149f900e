/**
 * Quantiles exactly as numpy's default `np.quantile` (method "linear", R's type 7), which
 * COURSE.md fixes as the rule for score edges and pyramid percentiles. The interpolation
 * mirrors numpy's `_lerp`, including its switch to interpolating from the upper neighbour
 * when the fraction is >= 0.5, so edges agree with numpy to the last bit.
 */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(values as ArrayLike<number>);
  sorted.sort();
  return sorted;
}

export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const virtualIndex = (n - 1) * p;
  const below = Math.floor(virtualIndex);
  const above = Math.min(below + 1, n - 1);
  const gamma = virtualIndex - below;
  const a = sorted[below];
  const b = sorted[above];
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/** The k-1 edges at 1/k, 2/k, ..., (k-1)/k. */
export function quantileEdges(sorted: Float64Array, k: number): number[] {
  const edges: number[] = [];
  for (let i = 1; i < k; i++) edges.push(quantileOfSorted(sorted, i / k));
  return edges;
}

/** Neumaier-compensated sum: the mean of many cents stays exact enough to compare with. */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}

export function mean(values: ArrayLike<number>): number {
  return values.length === 0 ? NaN : compensatedSum(values) / values.length;
}

export function median(sorted: Float64Array): number {
  return quantileOfSorted(sorted, 0.5);
}
