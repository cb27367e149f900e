/**
 * Predicted future value for every customer: BG/NBD for how many transactions and whether
 * the customer is still alive, Gamma-Gamma for what each is worth, checked against a holdout
 * when the data runs past the calibration end. Pure and synchronous: the app runs it in the
 * worker, the CLI in Node.
 */
import type { DayNumber, TransactionTable } from '../types';
import { msg, type MessageRef } from '../messages';
import { expectedRepeats, fitBgNbd, pAlive, type BgNbdFit } from './bgnbd';
import { expectedSpend, fitGammaGamma, type GammaGammaFit } from './gammaGamma';
import { modelSummary, type ModelSummary } from './summary';
import { MAX_HORIZON_WEEKS } from './limits';

export { MAX_HORIZON_WEEKS };

export interface FutureOptions {
  calibrationEnd: DayNumber;
  horizonWeeks: number;
  /** Yearly discount rate for future value (0.1 = 10 %); 0 or absent: undiscounted. */
  annualDiscountRate?: number;
}

export interface Holdout {
  /** Weeks of holdout used: the horizon, or fewer when the data ends sooner. */
  weeks: number;
  actualTransactions: number;
  expectedTransactions: number;
}

export interface FutureResult {
  options: FutureOptions;
  summary: ModelSummary;
  bgnbd: BgNbdFit;
  /** Null when fewer than two customers repeat with a positive spend, or q <= 1. */
  gammaGamma: GammaGammaFit | null;
  /** Per model customer (as summary.customer). */
  pAlive: Float64Array;
  expectedTransactions: Float64Array;
  expectedSpend: Float64Array;
  /** Expected transactions x expected spend over the horizon (discounted if asked); NaN without Gamma-Gamma. */
  futureValue: Float64Array;
  totalExpectedTransactions: number;
  holdout: Holdout | null;
  /** Non-fatal remarks (e.g. spend model unavailable). */
  warnings: MessageRef[];
}

/** The named steps of a fit, reported as each begins (the worker's progress). */
export type FutureStage = 'summary' | 'fit' | 'predict';

export type FutureOutcome = { ok: true; result: FutureResult } | { ok: false; error: MessageRef };

/**
 * Beyond this a + b the beta distribution of the drop-out probability has almost no spread:
 * every customer drops out after a purchase with the same probability a / (a + b). The fit is
 * then at the edge of the model, which the learner is told.
 */
const BOUNDARY_AB = 10_000;

export function predictFuture(t: TransactionTable, options: FutureOptions, onStage?: (stage: FutureStage) => void): FutureOutcome {
  const { calibrationEnd, horizonWeeks } = options;
  const rate = options.annualDiscountRate ?? 0;
  if (!(horizonWeeks > 0 && horizonWeeks <= MAX_HORIZON_WEEKS)) return { ok: false, error: msg('future.error.horizon', { max: MAX_HORIZON_WEEKS }) };
  if (!(rate >= 0 && rate < 1)) return { ok: false, error: msg('future.error.discount') };
  onStage?.('summary');
  const s = modelSummary(t, calibrationEnd);
  const n = s.x.length;
  // Degenerate data would fit to a boundary (or NaN): say why instead.
  if (n < 2) return { ok: false, error: msg('future.error.tooFewCustomers', { customers: n }) };
  if (!s.x.some((v) => v > 0)) return { ok: false, error: msg('future.error.noRepeats', { customers: n }) };
  if (!s.T.some((v) => v > 0)) return { ok: false, error: msg('future.error.noTime') };

  onStage?.('fit');
  const bgnbd = fitBgNbd(s);
  const p = bgnbd.params;
  if (!bgnbd.converged || ![p.r, p.alpha, p.a, p.b, bgnbd.logLikelihood].every(Number.isFinite)) {
    return { ok: false, error: msg('future.error.noFit') };
  }
  const warnings: MessageRef[] = [];
  let gammaGamma: GammaGammaFit | null = fitGammaGamma(s.x, s.m);
  if (gammaGamma.customers < 2 || !gammaGamma.converged || !(gammaGamma.params.q > 1)) {
    warnings.push(msg('future.warning.noSpendModel', { customers: gammaGamma.customers }));
    gammaGamma = null;
  }

  onStage?.('predict');
  const alive = new Float64Array(n);
  const expected = new Float64Array(n);
  const spend = new Float64Array(n);
  const value = new Float64Array(n);
  const weekly = rate > 0 ? Math.pow(1 + rate, 1 / 52) : 1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const [x, tx, T] = [s.x[i], s.tx[i], s.T[i]];
    alive[i] = pAlive(p, x, tx, T);
    expected[i] = expectedRepeats(p, x, tx, T, horizonWeeks);
    total += expected[i];
    spend[i] = gammaGamma ? expectedSpend(gammaGamma.params, x, s.m[i]) : Number.NaN;
    value[i] = rate > 0 ? spend[i] * discountedRepeats(p, x, tx, T, horizonWeeks, weekly) : spend[i] * expected[i];
  }

  const check = holdout(s, p, horizonWeeks);
  // Expectations the series could not sum are a refusal with a reason, never NaN on the page.
  if (!Number.isFinite(total) || (check && !Number.isFinite(check.expectedTransactions))) return { ok: false, error: msg('future.error.noFit') };
  if (p.a + p.b > BOUNDARY_AB) warnings.push(msg('future.warning.noSpread', { percent: Math.round((1000 * p.a) / (p.a + p.b)) / 10 }));

  return {
    ok: true,
    result: {
      options, summary: s, bgnbd, gammaGamma, pAlive: alive, expectedTransactions: expected, expectedSpend: spend,
      futureValue: value, totalExpectedTransactions: total, holdout: check, warnings,
    },
  };
}

/** Expected transactions week by week, each discounted to the calibration end. */
function discountedRepeats(p: BgNbdFit['params'], x: number, tx: number, T: number, horizon: number, weekly: number): number {
  let sum = 0;
  let before = 0;
  for (let w = 1; before < horizon; w++) {
    const until = Math.min(w, horizon);
    const upTo = expectedRepeats(p, x, tx, T, until);
    sum += (upTo - expectedRepeats(p, x, tx, T, before)) / Math.pow(weekly, until);
    before = until;
  }
  return sum;
}

/** Actual against expected repeat transactions after the calibration end, when data exists there. */
function holdout(s: ModelSummary, p: BgNbdFit['params'], horizonWeeks: number): Holdout | null {
  const daysAfter = s.lastDay - s.calibrationEnd;
  if (daysAfter <= 0) return null;
  const weeks = Math.min(horizonWeeks, daysAfter / 7);
  const lastCounted = weeks * 7;
  let actual = 0;
  for (const d of s.holdoutDays) if (d <= lastCounted) actual++;
  let expected = 0;
  for (let i = 0; i < s.x.length; i++) expected += expectedRepeats(p, s.x[i], s.tx[i], s.T[i], weeks);
  return { weeks, actualTransactions: actual, expectedTransactions: expected };
}
