/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and
 * CLV"; Colombo and Jiang 1999): a customer's transaction values are Gamma(p, nu) around
 * her own mean, and nu ~ Gamma(q, gamma) across customers. Fitted on customers with at least
 * one repeat transaction, from x (their number) and m (their mean value).
 */
import { gammaln } from './special';
import { minimise } from './optimize';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** One customer's log-likelihood of her mean spend m over x transactions. */
export function spendLogLikelihood({ p, q, gamma }: GammaGammaParams, x: number, m: number): number {
  const px = p * x;
  return (
    gammaln(px + q) - gammaln(px) - gammaln(q) + q * Math.log(gamma) + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(x * m + gamma)
  );
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  customers: number;
  converged: boolean;
}

/**
 * The negative log-likelihood on log-parameters over customers with x > 0 and m > 0,
 * prepared for many evaluations: the log-gamma terms depend only on x (once per distinct x),
 * and the terms in log m and log x are linear in p, so their sums are taken once.
 */
export function negLogLikelihood(x: Float64Array, m: Float64Array): { f: (v: number[]) => number; customers: number } {
  const xs: number[] = [];
  const ms: number[] = [];
  const xIndex = new Map<number, number>();
  const distinct: number[] = [];
  const perX: number[] = [];
  let sumXLogXM = 0;
  let sumLogM = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(x[i] > 0 && m[i] > 0)) continue;
    xs.push(x[i]);
    ms.push(m[i]);
    let j = xIndex.get(x[i]);
    if (j === undefined) {
      xIndex.set(x[i], (j = distinct.push(x[i]) - 1));
      perX.push(0);
    }
    perX[j]++;
    sumXLogXM += x[i] * (Math.log(x[i]) + Math.log(m[i]));
    sumLogM += Math.log(m[i]);
  }
  const n = xs.length;
  const f = (v: number[]) => {
    const [p, q, gamma] = [Math.exp(v[0]), Math.exp(v[1]), Math.exp(v[2])];
    let sum = n * (q * Math.log(gamma) - gammaln(q)) + p * sumXLogXM - sumLogM;
    for (let j = 0; j < distinct.length; j++) sum += perX[j] * (gammaln(p * distinct[j] + q) - gammaln(p * distinct[j]));
    for (let i = 0; i < n; i++) sum -= (p * xs[i] + q) * Math.log(xs[i] * ms[i] + gamma);
    return Number.isFinite(sum) ? -sum : Number.POSITIVE_INFINITY;
  };
  return { f, customers: n };
}

/** Maximum likelihood on log-parameters, from p = q = gamma = 1. */
export function fitGammaGamma(x: Float64Array, m: Float64Array): GammaGammaFit {
  const { f, customers } = negLogLikelihood(x, m);
  const fit = minimise(f, [0, 0, 0]);
  const [p, q, gamma] = fit.x.map(Math.exp);
  return { params: { p, q, gamma }, logLikelihood: -fit.f, customers, converged: fit.converged && Number.isFinite(fit.f) };
}

/**
 * Expected value of a transaction, given x repeat transactions with mean m (equation 5):
 * a weighted average of the population mean p*gamma/(q-1) and her own mean. With x = 0 it
 * is the population mean. Undefined (NaN) when q <= 1, where the population mean is infinite.
 */
export function expectedSpend({ p, q, gamma }: GammaGammaParams, x: number, m: number): number {
  if (q <= 1) return Number.NaN;
  return x > 0 ? (p * (gamma + x * m)) / (p * x + q - 1) : (p * gamma) / (q - 1);
}
