/**
 * The course's rule-based lifecycle stage against the model's P(alive), as a cross-table, so
 * a learner sees where "silent for more than N days" and the model disagree: a churned
 * customer the model still thinks alive (a steady, infrequent buyer), or an active-stage
 * customer the model thinks gone (a frequent buyer who stopped).
 *
 * P(alive) bands, the tool's documented choice (not from COURSE.md): below 0.3 "likely gone",
 * 0.3 to below 0.7 "uncertain", 0.7 or more "likely alive". A customer the model does not
 * cover (first transaction after the calibration end) has her own column.
 */
import { LIFECYCLE_KEYS } from '../models/lifecycle';

/** Lower edges of the bands above the first (0.3, 0.7): band k holds P(alive) in [edge k-1, edge k). */
export const P_ALIVE_EDGES = [0.3, 0.7] as const;
export const P_ALIVE_BANDS = ['gone', 'uncertain', 'alive'] as const;
export type PAliveBand = (typeof P_ALIVE_BANDS)[number];

export interface LifecycleAlive {
  /** counts[stage][column]: columns are the bands in P_ALIVE_BANDS order, then "not in the model". */
  counts: number[][];
  /** Churn stage with P(alive) >= 0.7, and a stage other than churn with P(alive) < 0.3. */
  churnedButAlive: number;
  activeButGone: number;
  /** Customers the table covers (the lifecycle's customers). */
  customers: number;
}

export function bandOf(p: number): number {
  let k = 0;
  while (k < P_ALIVE_EDGES.length && p >= P_ALIVE_EDGES[k]) k++;
  return k;
}

/**
 * `stage[j]` is the lifecycle stage of the analysis customer j, `tableIndex[j]` her index in
 * the transaction table (CustomerMetrics.index); `modelCustomer` and `pAlive` come from the
 * fit (ModelSummary.customer and FutureResult.pAlive); `tableCustomers` is the table's count.
 */
export function lifecycleByPAlive(
  stage: ArrayLike<number>,
  tableIndex: ArrayLike<number>,
  modelCustomer: ArrayLike<number>,
  pAlive: ArrayLike<number>,
  tableCustomers: number,
): LifecycleAlive {
  const model = new Int32Array(tableCustomers).fill(-1);
  for (let i = 0; i < modelCustomer.length; i++) model[modelCustomer[i]] = i;
  const outside = P_ALIVE_BANDS.length;
  const counts = LIFECYCLE_KEYS.map(() => new Array<number>(outside + 1).fill(0));
  const churn = LIFECYCLE_KEYS.indexOf('churn');
  let churnedButAlive = 0;
  let activeButGone = 0;
  for (let j = 0; j < stage.length; j++) {
    const i = model[tableIndex[j]];
    const band = i >= 0 ? bandOf(pAlive[i]) : outside;
    counts[stage[j]][band]++;
    if (stage[j] === churn && band === outside - 1) churnedButAlive++;
    if (stage[j] !== churn && band === 0) activeButGone++;
  }
  return { counts, churnedButAlive, activeButGone, customers: stage.length };
}
