/**
 * `--future`: the BG/NBD and Gamma-Gamma fit of the trainer's file, as the JSON block the
 * issue specifies and as a few lines of text. The horizon defaults to the weeks of data after
 * the calibration end (so the holdout is complete), or 52 weeks when there are none.
 */
import { dayToIso, isoToDay } from '../lib/domain/days';
import { predictFuture } from '../lib/domain/future';
import type { MessageRef } from '../lib/domain/messages';
import type { Dataset } from '../lib/domain/types';

export interface FutureBlock {
  calibrationEnd: string;
  horizonWeeks: number;
  customers: number;
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number };
  gammaGamma: { p: number; q: number; gamma: number; customers: number } | null;
  expectedTransactions: number;
  holdout?: { weeks: number; actualTransactions: number; expectedTransactions: number };
}

export function futureBlock(
  dataset: Dataset, calibrationEndIso: string, horizonWeeks: number | undefined,
): { ok: true; block: FutureBlock; warnings: MessageRef[] } | { ok: false; error: MessageRef | string } {
  const end = isoToDay(calibrationEndIso);
  if (end === null) return { ok: false, error: `--calibration-end must be a date written YYYY-MM-DD, not "${calibrationEndIso}"` };
  if (dataset.shape !== 'transactions') return { ok: false, error: { key: 'future.error.customerTable' } };
  const weeksAfter = (dataset.maxDay - end) / 7;
  const horizon = horizonWeeks ?? (weeksAfter > 0 ? Math.min(weeksAfter, 520) : 52);
  const out = predictFuture(dataset, { calibrationEnd: end, horizonWeeks: horizon });
  if (!out.ok) return { ok: false, error: out.error };
  const r = out.result;
  const block: FutureBlock = {
    calibrationEnd: dayToIso(end),
    horizonWeeks: horizon,
    customers: r.summary.x.length,
    bgnbd: { ...r.bgnbd.params, logLikelihood: r.bgnbd.logLikelihood },
    gammaGamma: r.gammaGamma ? { ...r.gammaGamma.params, customers: r.gammaGamma.customers } : null,
    expectedTransactions: r.totalExpectedTransactions,
  };
  if (r.holdout) block.holdout = r.holdout;
  return { ok: true, block, warnings: r.warnings };
}

const f = (v: number, digits: number) => v.toFixed(digits);

export function formatFuture(b: FutureBlock): string {
  const lines = [
    `Future value (BG/NBD + Gamma-Gamma), calibration end ${b.calibrationEnd}, horizon ${f(b.horizonWeeks, 2)} weeks, ${b.customers} customers:`,
    `  BG/NBD: r = ${f(b.bgnbd.r, 4)}, alpha = ${f(b.bgnbd.alpha, 4)}, a = ${f(b.bgnbd.a, 4)}, b = ${f(b.bgnbd.b, 4)}, log-likelihood = ${f(b.bgnbd.logLikelihood, 2)}`,
    b.gammaGamma
      ? `  Gamma-Gamma (${b.gammaGamma.customers} repeat customers): p = ${f(b.gammaGamma.p, 4)}, q = ${f(b.gammaGamma.q, 4)}, gamma = ${f(b.gammaGamma.gamma, 4)}`
      : '  Gamma-Gamma: not fitted',
    `  Expected repeat transactions over the horizon: ${f(b.expectedTransactions, 1)}`,
  ];
  if (b.holdout) lines.push(`  Holdout (${f(b.holdout.weeks, 2)} weeks after the end): actual ${b.holdout.actualTransactions}, expected ${f(b.holdout.expectedTransactions, 1)}`);
  return lines.join('\n');
}
