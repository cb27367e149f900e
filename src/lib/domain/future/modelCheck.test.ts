/**
 * The model check on a table small enough to count by hand. With r = 1, alpha = 1, a = 2, b = 1
 * a new customer expects E[X(t)] = 2 (1 - ln(1 + t) / t) repeats by week t (worked in
 * future.test.ts), so the predicted curve is a sum of that; the holdout expectation was
 * computed by tests/reference/model_check_reference.py (scipy's hyp2f1 on equation 10).
 */
import { describe, expect, it } from 'vitest';
import { transactionTable } from '../models/testTable';
import { isoToDay } from '../days';
import { modelSummary } from './summary';
import { modelCheck } from './modelCheck';

const params = { r: 1, alpha: 1, a: 2, b: 1 };
const newCustomer = (t: number) => 2 * (1 - Math.log(1 + t) / t);

const table = transactionTable([
  { customer: 'A', date: '2024-01-01', amount: 10 },
  { customer: 'A', date: '2024-01-08', amount: 5 },
  { customer: 'A', date: '2024-01-08', amount: 6 }, // same day: one transaction
  { customer: 'A', date: '2024-01-22', amount: 0 }, // free order: a holdout transaction
  { customer: 'A', date: '2024-01-29', amount: 8 }, // the holdout's last day: counted
  { customer: 'A', date: '2024-02-05', amount: 9 }, // after the holdout
  { customer: 'B', date: '2024-01-03', amount: 7 },
  { customer: 'B', date: '2024-01-10', amount: -5 }, // return: not a transaction
  { customer: 'B', date: '2024-01-15', amount: 4 }, // the calibration end itself
  { customer: 'C', date: '2024-01-20', amount: 3 }, // acquired after the end: outside the model
  { customer: 'C', date: '2024-01-25', amount: 3 },
]);
const end = isoToDay('2024-01-15')!;

describe('model check, worked by hand', () => {
  const check = modelCheck(table, modelSummary(table, end), params, 2);

  it('tracks cumulative repeats week by week from the cohort start, the end on the grid', () => {
    expect(check.points.map((p) => p.day)).toEqual([end - 14, end - 7, end, end + 7, end + 14]);
    expect(check.points.map((p) => p.week)).toEqual([-2, -1, 0, 1, 2]);
    expect(check.endIndex).toBe(2);
    // Repeat days: A on 8, 22 and 29 January; B on 15 January.
    expect(check.points.map((p) => p.actual)).toEqual([0, 1, 2, 3, 4]);
    // A was acquired on 1 January (week 0 of the grid), B two days later.
    const predicted = [0, newCustomer(1) + newCustomer(5 / 7), newCustomer(2) + newCustomer(12 / 7), newCustomer(3) + newCustomer(19 / 7), newCustomer(4) + newCustomer(26 / 7)];
    check.points.forEach((p, i) => expect(p.predicted).toBeCloseTo(predicted[i], 12));
  });

  it('groups the holdout by calibration repeats, 0 ... 7+', () => {
    const groups = check.byRepeats!;
    expect(groups.map((g) => g.repeats)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(groups.map((g) => g.orMore)).toEqual([false, false, false, false, false, false, false, true]);
    // A and B each repeated once in calibration; A bought twice in the holdout, B not.
    expect(groups.map((g) => g.customers)).toEqual([0, 2, 0, 0, 0, 0, 0, 0]);
    expect(groups.map((g) => g.actual)).toEqual([0, 2, 0, 0, 0, 0, 0, 0]);
    expect(groups[1].expected).toBeCloseTo(0.4822902975865204, 10); // scipy, see the header
  });

  it('adds a first point when the cohort does not start on the weekly grid', () => {
    const late = modelCheck(table, modelSummary(table, end + 3), params, 1);
    expect(late.points.map((p) => p.day)).toEqual([end - 14, end - 11, end - 4, end + 3, end + 10]);
    expect(late.endIndex).toBe(3);
    // 1, 4, 11, 18 and 25 January: A's 8 and 22 January and B's 15 January; 29 January is past the holdout.
    expect(late.points.map((p) => p.actual)).toEqual([0, 0, 1, 2, 3]);
  });

  it('stops at the calibration end without a holdout, and ends a partial holdout week on its last day', () => {
    const none = modelCheck(table, modelSummary(table, end), params, 0);
    expect(none.points.map((p) => p.day)).toEqual([end - 14, end - 7, end]);
    expect(none.byRepeats).toBeNull();
    expect(none.holdoutWeeks).toBe(0);
    const partial = modelCheck(table, modelSummary(table, end), params, 10 / 7);
    expect(partial.points.map((p) => p.day)).toEqual([end - 14, end - 7, end, end + 7, end + 10]);
    expect(partial.points.at(-1)!.actual).toBe(3);
    expect(partial.byRepeats![1].actual).toBe(1);
  });
});
