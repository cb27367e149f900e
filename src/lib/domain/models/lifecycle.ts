/**
 * Lifecycle stage from tenure and recency (the tool's documented rule; COURSE.md names the
 * stages but not the cut-offs): churn when silent for more than `churnDays`; otherwise
 * acquisition when the first purchase is within `acquisitionDays`, growth while tenure is
 * within `maturityDays`, maturity after. Without tenure (a customer table) the first
 * purchase is unknown, so one purchase means acquisition and fewer purchases than the
 * mean means growth.
 */
export const LIFECYCLE_KEYS = ['acquisition', 'growth', 'maturity', 'churn'] as const;
export type LifecycleKey = (typeof LIFECYCLE_KEYS)[number];

export interface LifecycleSetting {
  acquisitionDays: number;
  maturityDays: number;
  churnDays: number;
}

export const DEFAULT_LIFECYCLE: LifecycleSetting = { acquisitionDays: 90, maturityDays: 365, churnDays: 180 };

export interface LifecycleResult {
  labels: Uint8Array;
  counts: number[];
  revenue: number[];
}

export function lifecycleStages(
  recency: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  tenure: ArrayLike<number> | null,
  setting: LifecycleSetting = DEFAULT_LIFECYCLE,
): LifecycleResult {
  const n = recency.length;
  const labels = new Uint8Array(n);
  const counts = [0, 0, 0, 0];
  const revenue = [0, 0, 0, 0];
  let meanF = 0;
  if (!tenure) {
    for (let i = 0; i < n; i++) meanF += frequency[i];
    meanF /= n || 1;
  }
  for (let i = 0; i < n; i++) {
    let stage: number;
    if (recency[i] > setting.churnDays) stage = 3;
    else if (tenure) stage = tenure[i] <= setting.acquisitionDays ? 0 : tenure[i] <= setting.maturityDays ? 1 : 2;
    else stage = frequency[i] <= 1 ? 0 : frequency[i] < meanF ? 1 : 2;
    labels[i] = stage;
    counts[stage]++;
    revenue[stage] += monetary[i];
  }
  return { labels, counts, revenue };
}
