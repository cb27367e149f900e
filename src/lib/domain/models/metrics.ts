import type { CustomerMetrics, Dataset, DayNumber, TransactionTable } from '../types';
import { compensatedSum } from './quantile';

export type MonetaryMode = 'sum' | 'average';

export interface MetricsOptions {
  /** Analysis day; default: the day after the latest transaction. */
  analysisDay?: DayNumber;
  /** M as the window's sum (default) or as the average per purchase. */
  monetaryMode?: MonetaryMode;
  /** Days counted as "recent" for the derived potential measure. */
  potentialWindowDays?: number;
}

/** COURSE.md: the default analysis date is the day after the latest transaction. */
export function defaultAnalysisDay(dataset: Dataset): DayNumber | null {
  return dataset.shape === 'transactions' ? dataset.maxDay + 1 : null;
}

export function computeMetrics(dataset: Dataset, options: MetricsOptions = {}): CustomerMetrics {
  return dataset.shape === 'transactions'
    ? metricsFromTransactions(dataset, options)
    : metricsFromCustomerTable(dataset, options.monetaryMode ?? 'sum');
}

/**
 * One pass over the rows, everything accumulated per customer in typed arrays, then the
 * customers with at least one purchase before the analysis day are compacted.
 */
function metricsFromTransactions(t: TransactionTable, options: MetricsOptions): CustomerMetrics {
  const analysisDay = options.analysisDay ?? t.maxDay + 1;
  const recentFrom = analysisDay - (options.potentialWindowDays ?? 90);
  const customers = t.customerIds.length;
  const lastPurchase = new Int32Array(customers).fill(-2147483648);
  const firstPurchase = new Int32Array(customers).fill(2147483647);
  const purchases = new Float64Array(customers);
  const monetary = new Float64Array(customers);
  const recentMonetary = new Float64Array(customers);
  // Distinct orders per customer. An order id normally belongs to one customer; when two
  // customers share one, the (order, customer) pair is what counts.
  let maxOrder = -1;
  if (t.hasOrderIds) for (let i = 0; i < t.order.length; i++) if (t.order[i] > maxOrder) maxOrder = t.order[i];
  const orderOwner = t.hasOrderIds ? new Int32Array(maxOrder + 1).fill(-1) : null;
  const sharedOrders = new Set<string>();
  let rowsAfter = 0;
  const rows = t.customer.length;
  for (let i = 0; i < rows; i++) {
    const day = t.day[i];
    if (day >= analysisDay) {
      rowsAfter++;
      continue;
    }
    const c = t.customer[i];
    const amount = t.amount[i];
    monetary[c] += amount;
    if (day >= recentFrom) recentMonetary[c] += amount;
    if (t.purchase[i] !== 1) continue;
    if (day > lastPurchase[c]) lastPurchase[c] = day;
    if (day < firstPurchase[c]) firstPurchase[c] = day;
    if (orderOwner) {
      const order = t.order[i];
      const owner = orderOwner[order];
      if (owner === -1) {
        orderOwner[order] = c;
        purchases[c] += 1;
      } else if (owner !== c) {
        const pair = `${order}:${c}`;
        if (!sharedOrders.has(pair)) {
          sharedOrders.add(pair);
          purchases[c] += 1;
        }
      }
    } else {
      purchases[c] += 1;
    }
  }
  let n = 0;
  for (let c = 0; c < customers; c++) if (purchases[c] > 0) n++;
  const index = new Int32Array(n);
  const ids: string[] = new Array(n);
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const money = new Float64Array(n);
  const tenure = new Float64Array(n);
  const potential = new Float64Array(n);
  const futureValue = new Float64Array(n);
  const windowDays = options.potentialWindowDays ?? 90;
  for (let c = 0, j = 0; c < customers; c++) {
    if (purchases[c] === 0) continue;
    index[j] = c;
    ids[j] = t.customerIds[c];
    recency[j] = analysisDay - lastPurchase[c];
    frequency[j] = purchases[c];
    money[j] = options.monetaryMode === 'average' ? monetary[c] / purchases[c] : monetary[c];
    tenure[j] = analysisDay - firstPurchase[c];
    potential[j] = derivedPotential(recentMonetary[c], monetary[c], tenure[j], windowDays);
    futureValue[j] = projectedFutureValue(monetary[c], tenure[j], recency[j]);
    j++;
  }
  return {
    n,
    index,
    ids,
    recency,
    frequency,
    monetary: money,
    tenure,
    potential,
    futureValue,
    analysisDay,
    customersWithoutPurchase: customers - n,
    rowsAfterAnalysisDate: rowsAfter,
    totalMonetary: compensatedSum(money),
  };
}

/**
 * Derived potential (documented in the README): the customer's spending rate over the last
 * `windowDays` against their own long-run rate since their first purchase, so 1 means
 * "as usual", above 1 accelerating, below 1 fading. Customers younger than the window
 * compare against their whole tenure, which makes them 1.
 */
export function derivedPotential(recent: number, total: number, tenureDays: number, windowDays: number): number {
  if (total <= 0) return 0;
  const longRun = total / Math.max(tenureDays, windowDays);
  const recentRate = recent / windowDays;
  return recentRate / longRun;
}

/**
 * Simple documented projection of next year's value: the customer's average yearly spend
 * so far, scaled down linearly by how long they have been silent (no purchase for a year
 * or more projects zero). A teaching aid, not a CLV model.
 */
export function projectedFutureValue(total: number, tenureDays: number, recencyDays: number): number {
  const yearly = (total / Math.max(tenureDays, 30)) * 365;
  const activity = Math.max(0, 1 - recencyDays / 365);
  return Math.max(0, yearly * activity);
}

function metricsFromCustomerTable(t: Dataset & { shape: 'customers' }, mode: MonetaryMode): CustomerMetrics {
  // COURSE.md: customers with no purchase are left out of the classes and counted. In a
  // customer table that is a frequency of 0 (or less).
  const keep: number[] = [];
  for (let i = 0; i < t.customerIds.length; i++) if (t.frequency[i] > 0) keep.push(i);
  const n = keep.length;
  const index = Int32Array.from(keep);
  const pick = (column: Float64Array) => Float64Array.from(keep, (i) => column[i]);
  const frequency = pick(t.frequency);
  const monetary = pick(t.monetary);
  if (mode === 'average') for (let j = 0; j < n; j++) monetary[j] /= frequency[j];
  return {
    n,
    index,
    ids: keep.map((i) => t.customerIds[i]),
    recency: pick(t.recency),
    frequency,
    monetary,
    tenure: null,
    potential: t.potential ? pick(t.potential) : null,
    futureValue: t.futureValue ? pick(t.futureValue) : null,
    analysisDay: null,
    customersWithoutPurchase: t.customerIds.length - n,
    rowsAfterAnalysisDate: 0,
    totalMonetary: compensatedSum(monetary),
  };
}
