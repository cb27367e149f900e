/**
 * Answers of lesson 9 and the future-value exercises on samples/retail-transactions.csv, as
 * literals, worked out independently of the app by tests/reference/future_answers.py
 * (pandas + scipy). Regenerate / check with
 *
 *   /usr/bin/python3 tests/reference/future_answers.py
 *
 * Nothing here may be computed by the code under test.
 */

// future_answers.py "holdout": calibration end = 2024-12-31 (the last day counted at 2025-01-01) minus the holdout.
export const HOLDOUT = {
  13: { end: '2024-10-01', customers: 2713, expected: 1225.9691750943944, actual: 1484, direction: 'more' },
  20: { end: '2024-08-13', customers: 2631, expected: 2044.337074423408, actual: 1980, direction: 'less' },
  26: { end: '2024-07-02', customers: 2569, expected: 3000.667214065871, actual: 2395, direction: 'less' },
  30: { end: '2024-06-04', customers: 2527, expected: 3496.2815182738905, actual: 2915, direction: 'less' },
  39: { end: '2024-04-02', customers: 2425, expected: 4898.6464108301825, actual: 3671, direction: 'less' },
} as const;

// future_answers.py "pAlive": fitted up to 2024-12-31; customers with a repeat, well inside a band, by id.
export const PICKS = {
  'low|0.25': { customer: '10871', x: 9, first: '2023-02-28', last: '2024-01-24', pAlive: 0.042434951531485354 },
  'low|0.5': { customer: '11491', x: 11, first: '2023-02-27', last: '2024-03-27', pAlive: 0.07175053523920259 },
  'low|0.75': { customer: '12229', x: 6, first: '2023-01-21', last: '2024-01-09', pAlive: 0.22588028359654314 },
  'middle|0.25': { customer: '10749', x: 11, first: '2023-02-20', last: '2024-06-13', pAlive: 0.3434539784930654 },
  'middle|0.5': { customer: '11552', x: 1, first: '2023-06-01', last: '2023-07-01', pAlive: 0.41125414435841817 },
  'middle|0.75': { customer: '12378', x: 1, first: '2023-04-23', last: '2023-06-22', pAlive: 0.5088837044000712 },
  'high|0.25': { customer: '10692', x: 3, first: '2023-11-10', last: '2024-12-11', pAlive: 0.9313451321351496 },
  'high|0.5': { customer: '11418', x: 27, first: '2023-01-21', last: '2024-12-21', pAlive: 0.9576471974102979 },
  'high|0.75': { customer: '12159', x: 8, first: '2023-08-08', last: '2024-11-21', pAlive: 0.9113512483053614 },
} as const;

// future_answers.py "twoHistories": lesson 9's question (first bought 60 weeks, last 20 weeks before the
// calibration end; 10 repeat days or 1), P(alive) of each at the model fitted with that holdout.
export const TWO_HISTORIES = {
  0: { frequent: 0.3303269727817566, rare: 0.8961422166083433 },
  13: { frequent: 0.309796394769714, rare: 0.8896938410223832 },
  20: { frequent: 0.3517712411119909, rare: 0.9016917099122009 },
  26: { frequent: 0.4582137605066226, rare: 0.9044065853611558 },
  30: { frequent: 0.5373756534019094, rare: 0.8663985654836852 },
  39: { frequent: 0.5594698633024751, rare: 0.8939494032710061 },
} as const;
