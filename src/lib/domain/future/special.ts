/**
 * Special functions the future-value models need: log-gamma (stdlib's, accurate to a few
 * ulps), log-beta from it, and the Gauss hypergeometric function 2F1(a, b; c; z) on the
 * interval the BG/NBD expectations use, 0 <= z < 1.
 */
import gammaln from '@stdlib/math-base-special-gammaln';

export { gammaln };

export function betaln(a: number, b: number): number {
  return gammaln(a) + gammaln(b) - gammaln(a + b);
}

/**
 * 2F1(a, b; c; z) for 0 <= z < 1 and c > 0, by its defining series either directly or after
 * Euler's transformation 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z),
 * whichever has the smaller leading coefficients. For the BG/NBD expectations, where
 * a = r + x and b = b + x grow with a customer's repeat count x, Euler's form has parameters
 * independent of x, so its terms never overflow (the direct series peaks near 10^400 for a
 * customer with 200 repeat days) and it converges geometrically for every z < 1. The series
 * is summed until three terms in a row no longer change the sum; a sum that has not settled
 * within the term bound is NaN, never a silently inaccurate number.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1) || !(c > 0)) return Number.NaN;
  if (z === 0) return 1;
  if (Math.abs(a * b) <= Math.abs((c - a) * (c - b))) return hypSeries(a, b, c, z);
  return Math.pow(1 - z, c - a - b) * hypSeries(c - a, c - b, c, z);
}

const MAX_TERMS = 1_000_000;

/** The series sum_n (a)_n (b)_n / ((c)_n n!) z^n, for |z| < 1. */
export function hypSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  let settled = 0;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (!Number.isFinite(sum)) return Number.NaN;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) {
      if (++settled >= 3) return sum;
    } else settled = 0;
  }
  return Number.NaN;
}
