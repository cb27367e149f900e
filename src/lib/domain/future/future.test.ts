/** Model pieces worked by hand, and degenerate data refused with a reason. */
import { describe, expect, it } from 'vitest';
import { transactionTable } from '../models/testTable';
import { isoToDay } from '../days';
import { expectedRepeats, expectedRepeatsFromStart, pAlive } from './bgnbd';
import { expectedSpend } from './gammaGamma';
import { modelSummary } from './summary';
import { predictFuture } from './future';

const params = { r: 1, alpha: 1, a: 1.5, b: 2 };

describe('BG/NBD per customer', () => {
  it('P(alive): 1 without repeats; odds (a/(b+x-1)) ((alpha+T)/(alpha+t_x))^(r+x) otherwise', () => {
    expect(pAlive(params, 0, 0, 10)).toBe(1);
    // x = 1, t_x = 1, T = 3: odds = (1.5 / 2) * (4 / 2)^2 = 3, so P = 1/4.
    expect(pAlive(params, 1, 1, 3)).toBeCloseTo(0.25, 14);
  });

  it('expected repeats of a new customer: r = 1, a = 2, b = 1 integrates by hand', () => {
    // With b = 1 and a = 2, E[X(t)] = (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; z)]
    // = 2 [1 - (1/(1+t)) 2F1(1, 1; 2; z)], z = t/(1+t), and 2F1(1,1;2;z) = -ln(1-z)/z = ln(1+t) (1+t)/t.
    // So E[X(t)] = 2 [1 - ln(1+t)/t]; at t = 3: 2 (1 - ln 4 / 3).
    expect(expectedRepeatsFromStart({ r: 1, alpha: 1, a: 2, b: 1 }, 3)).toBeCloseTo(2 * (1 - Math.log(4) / 3), 12);
    expect(expectedRepeatsFromStart({ r: 1, alpha: 1, a: 2, b: 1 }, 0)).toBe(0);
  });

  it('grows with the horizon and never overflows for a heavy buyer', () => {
    const p = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };
    const short = expectedRepeats(p, 200, 50, 52, 10);
    const long = expectedRepeats(p, 200, 50, 52, 520);
    expect(Number.isFinite(long)).toBe(true);
    expect(long).toBeGreaterThan(short);
    expect(short).toBeGreaterThan(0);
  });

  // The fit on the 40-customer class sample runs to a and b in the millions; Euler's form then
  // overflows. Expected values from scipy.special.hyp2f1 on the paper's equation 10, direct form.
  it.each([
    [0, 0, 10, 26, 1.9783007143446727],
    [3, 12.5, 20, 26, 2.7076181442488796],
    [8, 30, 40, 52, 4.292213004559377],
  ])('stays finite at the boundary a, b -> millions: x = %d, t_x = %d, T = %d, t = %d', (x, tx, T, t, expected) => {
    const boundary = { r: 1.6426911371204025, alpha: 9.194409523178772, a: 710774.241957291, b: 9583308.974702297 };
    expect(expectedRepeats(boundary, x, tx, T, t)).toBeCloseTo(expected, 8);
  });
});

describe('Gamma-Gamma expected spend', () => {
  it('weights her own mean against the population mean', () => {
    // p = 2, q = 3, gamma = 4, x = 2, m = 10: p (gamma + x m) / (p x + q - 1) = 2 * 24 / 6.
    expect(expectedSpend({ p: 2, q: 3, gamma: 4 }, 2, 10)).toBe(8);
    // x = 0: the population mean p gamma / (q - 1) = 4.
    expect(expectedSpend({ p: 2, q: 3, gamma: 4 }, 0, 0)).toBe(4);
    expect(expectedSpend({ p: 2, q: 1, gamma: 4 }, 2, 10)).toBeNaN();
  });
});

describe('model summary', () => {
  it('counts distinct days, free orders in, returns and cancellations out, the end inside', () => {
    const t = transactionTable([
      { customer: 'A', date: '2024-01-01', amount: 10 },
      { customer: 'A', date: '2024-01-01', amount: 5 }, // same day: one transaction
      { customer: 'A', date: '2024-01-08', amount: 0 }, // free order: a transaction, spend 0
      { customer: 'A', date: '2024-01-15', amount: -4 }, // return: not a transaction
      { customer: 'A', date: '2024-01-22', amount: 20, order: 'C1' }, // cancelled
      { customer: 'A', date: '2024-01-29', amount: 30, order: 'O2' }, // the calibration end itself
      { customer: 'A', date: '2024-02-05', amount: 7, order: 'O3' }, // holdout
      { customer: 'B', date: '2024-02-01', amount: 9 }, // first after the end: not a model customer
    ]);
    const s = modelSummary(t, isoToDay('2024-01-29')!);
    expect(Array.from(s.customer)).toEqual([0]);
    expect(Array.from(s.x)).toEqual([2]);
    expect(Array.from(s.tx)).toEqual([4]);
    expect(Array.from(s.T)).toEqual([4]);
    expect(Array.from(s.m)).toEqual([15]); // (0 + 30) / 2
    expect(Array.from(s.holdoutDays)).toEqual([7]);
  });
});

describe('degenerate data gives a reason, never NaN', () => {
  const end = isoToDay('2024-06-30')!;
  it.each([
    ['one customer', [{ customer: 'A', date: '2024-01-01', amount: 1 }, { customer: 'A', date: '2024-02-01', amount: 1 }], 'future.error.tooFewCustomers'],
    ['nobody repeats', [{ customer: 'A', date: '2024-01-01', amount: 1 }, { customer: 'B', date: '2024-02-01', amount: 1 }], 'future.error.noRepeats'],
    ['all on one day', [{ customer: 'A', date: '2024-06-30', amount: 1 }, { customer: 'B', date: '2024-06-30', amount: 1 }], 'future.error.noRepeats'],
  ])('%s', (_name, rows, key) => {
    const out = predictFuture(transactionTable(rows), { calibrationEnd: end, horizonWeeks: 26 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.key).toBe(key);
  });

  it('refuses a horizon outside (0, 520] weeks and a discount rate outside [0, 1)', () => {
    const t = transactionTable([{ customer: 'A', date: '2024-01-01', amount: 1 }]);
    for (const horizonWeeks of [0, -1, 521, Number.NaN]) {
      const out = predictFuture(t, { calibrationEnd: end, horizonWeeks });
      expect(out.ok ? '' : out.error.key).toBe('future.error.horizon');
    }
    const out = predictFuture(t, { calibrationEnd: end, horizonWeeks: 26, annualDiscountRate: 1.5 });
    expect(out.ok ? '' : out.error.key).toBe('future.error.discount');
  });
});
