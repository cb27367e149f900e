/**
 * From transactions to what the future-value models see (issue 11's conventions, in weeks):
 * a transaction is any row that is neither a cancellation nor a return (amount >= 0, so free
 * orders count); a customer's transactions on one day are one transaction. For each customer
 * whose first transaction is on or before the calibration end (which is inside the period):
 *   x   = distinct transaction days after the first, up to the end;
 *   t_x = (last such day - first day) / 7;  T = (end - first day) / 7;
 *   m   = mean of the day totals over those repeat days (Gamma-Gamma's spend; 0 when x = 0);
 * and, for the holdout, the distinct transaction days after the end, by week after the end.
 */
import type { DayNumber, TransactionTable } from '../types';
import { FREE_ORDER, PURCHASE } from '../types';

export interface ModelSummary {
  /** Index into the table's customers, per model customer. */
  customer: Int32Array;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  m: Float64Array;
  /** Day (relative to the end, 1 = the day after) of each holdout transaction day, all customers together. */
  holdoutDays: Int32Array;
  calibrationEnd: DayNumber;
  /** Last day with data in the table. */
  lastDay: DayNumber;
}

export function modelSummary(t: TransactionTable, calibrationEnd: DayNumber): ModelSummary {
  // One entry per (customer, day): the day's total. Keys pack customer and day offset.
  const span = Math.max(1, t.maxDay - t.minDay + 1);
  const width = 2 ** Math.ceil(Math.log2(span + 1));
  const totals = new Map<number, number>();
  for (let i = 0; i < t.day.length; i++) {
    const kind = t.purchase[i];
    if (kind !== PURCHASE && kind !== FREE_ORDER) continue;
    const key = t.customer[i] * width + (t.day[i] - t.minDay);
    totals.set(key, (totals.get(key) ?? 0) + t.amount[i]);
  }
  const keys = Float64Array.from(totals.keys()).sort();

  const customer: number[] = [];
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const m: number[] = [];
  const holdout: number[] = [];
  for (let k = 0; k < keys.length; ) {
    const c = Math.floor(keys[k] / width);
    const first = t.minDay + (keys[k] - c * width);
    let j = k;
    let repeats = 0;
    let last = first;
    let spend = 0;
    for (; j < keys.length && Math.floor(keys[j] / width) === c; j++) {
      const day = t.minDay + (keys[j] - c * width);
      if (first > calibrationEnd) continue;
      if (day > calibrationEnd) holdout.push(day - calibrationEnd);
      else if (day > first) {
        repeats++;
        last = day;
        spend += totals.get(keys[j])!;
      }
    }
    if (first <= calibrationEnd) {
      customer.push(c);
      x.push(repeats);
      tx.push((last - first) / 7);
      T.push((calibrationEnd - first) / 7);
      m.push(repeats > 0 ? spend / repeats : 0);
    }
    k = j;
  }
  return {
    customer: Int32Array.from(customer),
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    m: Float64Array.from(m),
    holdoutDays: Int32Array.from(holdout),
    calibrationEnd,
    lastDay: t.maxDay,
  };
}
