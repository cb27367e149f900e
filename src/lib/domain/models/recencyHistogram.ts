/**
 * The lifecycle panel's histogram of recency, split by the churn rule of lifecycleStages
 * (churned when silent for MORE than churnDays). The bins depend on the data only; the
 * split is redone on every drag of the churn threshold, in O(bins + log n), because the
 * sorted column puts every bin's customers in one contiguous run.
 */

export interface RecencyBin {
  /** Days, [x0, x1); the last bin also holds its upper end. */
  x0: number;
  x1: number;
  count: number;
  /** Positions in the sorted column: [start, end). */
  start: number;
  end: number;
}

export interface RecencyHistogram {
  bins: RecencyBin[];
  /** The right end of the bins: the longest recency, at least 1 (365 without customers). */
  maxRecency: number;
  maxCount: number;
}

/** `bins` equal-width bins from 0 to the longest recency, over recency sorted ascending. */
export function recencyHistogram(sortedRecency: ArrayLike<number>, bins: number): RecencyHistogram {
  const n = sortedRecency.length;
  const maxRecency = n ? Math.max(1, Math.ceil(sortedRecency[n - 1])) : 365;
  const width = maxRecency / bins;
  const out: RecencyBin[] = [];
  let i = 0;
  let maxCount = 0;
  for (let b = 0; b < bins; b++) {
    const start = i;
    const last = b === bins - 1;
    while (i < n && (last || Math.floor(sortedRecency[i] / width) <= b)) i++;
    out.push({ x0: b * width, x1: (b + 1) * width, count: i - start, start, end: i });
    maxCount = Math.max(maxCount, i - start);
  }
  return { bins: out, maxRecency, maxCount };
}

/** The first sorted position whose recency is more than churnDays (n when none). */
export function firstChurned(sortedRecency: ArrayLike<number>, churnDays: number): number {
  let lo = 0;
  let hi = sortedRecency.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedRecency[mid] > churnDays) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Per bin, how many of its customers are in the churn stage. */
export function churnedPerBin(h: RecencyHistogram, sortedRecency: ArrayLike<number>, churnDays: number): number[] {
  const from = firstChurned(sortedRecency, churnDays);
  return h.bins.map((b) => Math.max(0, b.end - Math.max(b.start, from)));
}
