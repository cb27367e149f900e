/**
 * How well the fitted BG/NBD model tracks the data (Fader, Hardie and Lee 2005, figures 2-4):
 *  - the tracking curve: cumulative repeat transactions of the calibration cohort, week by
 *    week, actual against the model's prediction for a cohort acquired on those days
 *    (each customer contributes E[X(t)] of a new customer, t = weeks since her first day);
 *  - the holdout by calibration repeats: customers grouped by x (0 ... 6, then "7 or more"),
 *    the repeat transactions they actually made in the holdout against the sum of their
 *    conditional expectations.
 * The week grid is anchored on the calibration end, so the calibration/holdout line falls on
 * a point and the last point's actual minus the end's actual is exactly the holdout total.
 * Conventions as in summary.ts: a transaction is a distinct (customer, day) with a purchase
 * or a free order; a day is counted by a point when it is on or before the point's day.
 */
import type { DayNumber, TransactionTable } from '../types';
import { FREE_ORDER, PURCHASE } from '../types';
import { expectedRepeats, expectedRepeatsFromStart, type BgNbdParams } from './bgnbd';
import type { ModelSummary } from './summary';

export interface TrackingPoint {
  /** Last day counted (inclusive); may be fractional at a holdout of fractional weeks. */
  day: number;
  /** Weeks from the calibration end: negative in the calibration period, 0 at its end. */
  week: number;
  actual: number;
  predicted: number;
}

export interface RepeatsGroup {
  /** Calibration repeats x of the group; the last group holds x >= repeats. */
  repeats: number;
  orMore: boolean;
  customers: number;
  /** Repeat transactions in the holdout, all customers of the group together. */
  actual: number;
  expected: number;
}

export interface ModelCheck {
  calibrationEnd: DayNumber;
  /** Weeks of holdout shown (0: none). */
  holdoutWeeks: number;
  points: TrackingPoint[];
  /** Index in `points` of the calibration end. */
  endIndex: number;
  /** Null without a holdout. */
  byRepeats: RepeatsGroup[] | null;
}

/** Groups 0 ... OPEN_GROUP - 1, then OPEN_GROUP or more (the paper's 0 ... 7+). */
export const OPEN_GROUP = 7;

/**
 * `holdoutWeeks` is the holdout the fit was checked on (FutureResult.holdout.weeks), 0 when
 * there is none; `summary` and `params` are the fit's own.
 */
export function modelCheck(t: TransactionTable, summary: ModelSummary, params: BgNbdParams, holdoutWeeks: number): ModelCheck {
  const end = summary.calibrationEnd;
  const n = summary.x.length;
  const lastDay = end + Math.max(0, holdoutWeeks) * 7;
  const { first, held, days } = customerDays(t, summary, lastDay);

  // The grid: back from the end in whole weeks to the cohort's first day, forward to the holdout's last day.
  let firstDay = end;
  for (let i = 0; i < n; i++) if (first[i] < firstDay) firstDay = first[i];
  const grid: number[] = [];
  if ((end - firstDay) % 7 !== 0) grid.push(firstDay);
  for (let d = end - 7 * Math.floor((end - firstDay) / 7); d <= end; d += 7) grid.push(d);
  const endIndex = grid.length - 1;
  for (let d = end + 7; d < lastDay; d += 7) grid.push(d);
  if (lastDay > end) grid.push(lastDay);

  // Actual: every repeat day counted at each grid point on or after it.
  days.sort();
  const actual: number[] = [];
  let k = 0;
  for (const d of grid) {
    while (k < days.length && days[k] <= d) k++;
    actual.push(k);
  }

  // Predicted: customers acquired on the same day share E[X(t)]; one evaluation per first day and point.
  const cohort = new Map<number, number>();
  for (let i = 0; i < n; i++) cohort.set(first[i], (cohort.get(first[i]) ?? 0) + 1);
  const points = grid.map((d, j) => {
    let predicted = 0;
    for (const [f, count] of cohort) if (d > f) predicted += count * expectedRepeatsFromStart(params, (d - f) / 7);
    return { day: d, week: (d - end) / 7, actual: actual[j], predicted };
  });

  return { calibrationEnd: end, holdoutWeeks: lastDay > end ? holdoutWeeks : 0, points, endIndex, byRepeats: lastDay > end ? groups(summary, params, held, holdoutWeeks) : null };
}

/** The groups 0 ... 7+ with their holdout transactions, actual and expected. */
function groups(s: ModelSummary, params: BgNbdParams, held: Int32Array, weeks: number): RepeatsGroup[] {
  const out: RepeatsGroup[] = Array.from({ length: OPEN_GROUP + 1 }, (_, g) => ({ repeats: g, orMore: g === OPEN_GROUP, customers: 0, actual: 0, expected: 0 }));
  for (let i = 0; i < s.x.length; i++) {
    const g = out[Math.min(OPEN_GROUP, s.x[i])];
    g.customers++;
    g.actual += held[i];
    g.expected += expectedRepeats(params, s.x[i], s.tx[i], s.T[i], weeks);
  }
  return out;
}

/**
 * Per model customer: her first day and her transaction days after the calibration end up to
 * `lastDay`; and every repeat day up to `lastDay`, all model customers together.
 */
function customerDays(t: TransactionTable, s: ModelSummary, lastDay: number): { first: Int32Array; held: Int32Array; days: Int32Array } {
  const index = new Int32Array(t.customerIds.length).fill(-1);
  for (let i = 0; i < s.customer.length; i++) index[s.customer[i]] = i;
  // Distinct (customer, day) pairs of the model's customers, packed as customer * width + day offset.
  const width = t.maxDay - t.minDay + 1;
  const keys = new Set<number>();
  for (let r = 0; r < t.day.length; r++) {
    if ((t.purchase[r] === PURCHASE || t.purchase[r] === FREE_ORDER) && index[t.customer[r]] >= 0) keys.add(t.customer[r] * width + (t.day[r] - t.minDay));
  }
  const first = new Int32Array(s.x.length).fill(2147483647);
  for (const key of keys) {
    const i = index[Math.floor(key / width)];
    first[i] = Math.min(first[i], t.minDay + (key % width));
  }
  const held = new Int32Array(s.x.length);
  const days: number[] = [];
  for (const key of keys) {
    const i = index[Math.floor(key / width)];
    const day = t.minDay + (key % width);
    if (day <= first[i] || day > lastDay) continue;
    days.push(day);
    if (day > s.calibrationEnd) held[i]++;
  }
  return { first, held, days: Int32Array.from(days) };
}
