/**
 * The BG/NBD model of repeat buying (Fader, Hardie and Lee 2005, "Counting your customers
 * the easy way"): while alive a customer buys as a Poisson process with rate lambda ~
 * Gamma(r, alpha); after each purchase she drops out with probability p ~ Beta(a, b).
 * Each customer is summarised by x (repeat transactions), t_x (time of the last one) and T
 * (time since the first), all in weeks from the first transaction.
 */
import { betaln, gammaln, hypSeries } from './special';
import { minimise } from './optimize';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface RepeatSummary {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

/** log(e^u + e^v) without overflow; v may be -Infinity. */
function logAddExp(u: number, v: number): number {
  if (v === Number.NEGATIVE_INFINITY) return u;
  const m = Math.max(u, v);
  return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
}

/** One customer's log-likelihood (equation 6 of the paper, in logs). */
export function customerLogLikelihood({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  const head = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + betaln(a, b + x) - betaln(a, b);
  const stay = -(r + x) * Math.log(alpha + T);
  const gone = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : Number.NEGATIVE_INFINITY;
  return head + logAddExp(stay, gone);
}

export function logLikelihood(params: BgNbdParams, s: RepeatSummary): number {
  let sum = 0;
  for (let i = 0; i < s.x.length; i++) sum += customerLogLikelihood(params, s.x[i], s.tx[i], s.T[i]);
  return sum;
}

/** Distinct values of a column, and each row's index into them. */
function distinctOf(values: ArrayLike<number>): { values: number[]; index: Int32Array } {
  const seen = new Map<number, number>();
  const out: number[] = [];
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let k = seen.get(values[i]);
    if (k === undefined) seen.set(values[i], (k = out.push(values[i]) - 1));
    index[i] = k;
  }
  return { values: out, index };
}

/** Log-parameters beyond e^±30 are outside any real data's range and outside log-gamma's accuracy. */
const FAR = 30;

/**
 * The negative log-likelihood on log-parameters, prepared for many evaluations. Customers
 * with the same (x, t_x, T) are evaluated once with their count; the log-gamma terms depend
 * only on x, and log(alpha + T), log(alpha + t_x) only on T and t_x, so each is computed once
 * per distinct value (a cohort's T takes as many values as it has acquisition days).
 * Customers without repeats reduce to -r log(alpha + T), summed per distinct T.
 */
export function negLogLikelihood(s: RepeatSummary): (v: number[]) => number {
  const triple = new Map<string, number>();
  const rx: number[] = [];
  const rtx: number[] = [];
  const rT: number[] = [];
  const rCount: number[] = [];
  const zeroByT = new Map<number, number>();
  let zeros = 0;
  for (let i = 0; i < s.x.length; i++) {
    if (s.x[i] === 0) {
      zeroByT.set(s.T[i], (zeroByT.get(s.T[i]) ?? 0) + 1);
      zeros++;
      continue;
    }
    const key = `${s.x[i]}|${s.tx[i]}|${s.T[i]}`;
    const k = triple.get(key);
    if (k !== undefined) rCount[k]++;
    else {
      triple.set(key, rCount.length);
      rx.push(s.x[i]);
      rtx.push(s.tx[i]);
      rT.push(s.T[i]);
      rCount.push(1);
    }
  }
  const X = distinctOf(rx);
  const Tx = distinctOf(rtx);
  const Tr = distinctOf(rT);
  const zeroT = [...zeroByT.keys()];
  const zeroCount = [...zeroByT.values()];
  const count = Float64Array.from(rCount);
  const head = new Float64Array(X.values.length);
  const goneHead = new Float64Array(X.values.length);
  const logAT = new Float64Array(Tr.values.length);
  const logATx = new Float64Array(Tx.values.length);
  return (v: number[]) => {
    if (v.some((vi) => !(Math.abs(vi) <= FAR))) return Number.POSITIVE_INFINITY;
    const [r, alpha, a, b] = [Math.exp(v[0]), Math.exp(v[1]), Math.exp(v[2]), Math.exp(v[3])];
    const base = -gammaln(r) + r * Math.log(alpha) - gammaln(b) + gammaln(a + b);
    const lnA = Math.log(a);
    for (let j = 0; j < X.values.length; j++) {
      const x = X.values[j];
      head[j] = base + gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x);
      goneHead[j] = lnA - Math.log(b + x - 1);
    }
    for (let j = 0; j < Tr.values.length; j++) logAT[j] = Math.log(alpha + Tr.values[j]);
    for (let j = 0; j < Tx.values.length; j++) logATx[j] = Math.log(alpha + Tx.values[j]);
    // x = 0: gammaln(r) and the beta terms cancel to r log(alpha) - r log(alpha + T).
    let sum = zeros * r * Math.log(alpha);
    for (let j = 0; j < zeroT.length; j++) sum -= zeroCount[j] * r * Math.log(alpha + zeroT[j]);
    for (let k = 0; k < count.length; k++) {
      const j = X.index[k];
      const rxk = r + X.values[j];
      const stay = -rxk * logAT[Tr.index[k]];
      const gone = goneHead[j] - rxk * logATx[Tx.index[k]];
      sum += count[k] * (head[j] + (stay > gone ? stay + Math.log1p(Math.exp(gone - stay)) : gone + Math.log1p(Math.exp(stay - gone))));
    }
    return Number.isFinite(sum) ? -sum : Number.POSITIVE_INFINITY;
  };
}

export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  converged: boolean;
}

/** Maximum likelihood on log-parameters, from r = alpha = a = b = 1. */
export function fitBgNbd(s: RepeatSummary): BgNbdFit {
  const m = minimise(negLogLikelihood(s), [0, 0, 0, 0]);
  const [r, alpha, a, b] = m.x.map(Math.exp);
  return { params: { r, alpha, a, b }, logLikelihood: -m.f, converged: m.converged && Number.isFinite(m.f) };
}

/** The odds of having dropped out at t_x rather than being alive at T (0 for x = 0). */
function deadOdds({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  return x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0;
}

/** P(alive at T | x, t_x, T), equation 11 of the paper. */
export function pAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  return 1 / (1 + deadOdds(params, x, tx, T));
}

/**
 * Expected repeat transactions in (T, T + t] given (x, t_x, T), equation 10 of the paper,
 * with the hypergeometric term rewritten by Euler's transformation:
 * ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z)
 * with z = t / (alpha+T+t), since 1 - z = (alpha+T)/(alpha+T+t). The right side has
 * parameters that do not grow with x, so it cannot overflow. a = 1 exactly is the limit
 * the formula divides by; it is nudged by 1e-9, far below any fitted precision.
 */
export function expectedRepeats(params: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, b } = params;
  const a = params.a === 1 ? 1 + 1e-9 : params.a;
  const z = t / (alpha + T + t);
  return (((a + b + x - 1) / (a - 1)) * (1 - survivalHyp(r, a, b, x, z))) / (1 + deadOdds(params, x, tx, T));
}

/**
 * (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z), by Euler's form (parameters independent of x) or,
 * when that overflows, directly. Euler's form fails at the fit's boundary where a and b run to
 * millions (no spread in the drop-out probability, as on a small class sample): (1-z)^(a-1)
 * underflows while its series overflows. The direct form's terms stay small there, since
 * (b+x)/(a+b+x-1) < 1, unless x is in the hundreds as well.
 */
function survivalHyp(r: number, a: number, b: number, x: number, z: number): number {
  const euler = Math.pow(1 - z, a - 1) * hypSeries(a + b - 1 - r, a - 1, a + b + x - 1, z);
  if (Number.isFinite(euler)) return euler;
  return Math.pow(1 - z, r + x) * hypSeries(r + x, b + x, a + b + x - 1, z);
}

/** Expected repeat transactions of a new customer in her first t weeks (equation 9): the x = T = 0 case. */
export function expectedRepeatsFromStart(params: BgNbdParams, t: number): number {
  return expectedRepeats(params, 0, 0, 0, t);
}
